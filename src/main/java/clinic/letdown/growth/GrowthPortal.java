package clinic.letdown.growth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** {inject:growthPortal.weightsShown}: whether the portal offers the client her baby's weights (the clinic's choice). */
@Named("growthPortal")
@RequestScoped
public class GrowthPortal {

    public boolean isWeightsShown() {
        return GrowthSettings.current().showWeightsToClient;
    }
}
