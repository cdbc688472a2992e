package clinic.letdown.growth;

import java.util.List;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.MessageBundles;
import clinic.letdown.client.BabySex;
import clinic.letdown.web.Choice;

/** {babySex:choices} for the baby's form, and {sex.label} for a recorded sex. */
@TemplateExtension(namespace = "babySex")
public class BabySexChoices {

    static List<Choice> choices() {
        GrowthMessages m = MessageBundles.get(GrowthMessages.class);
        return List.of(new Choice(BabySex.FEMALE.name(), m.sexFemale()), new Choice(BabySex.MALE.name(), m.sexMale()),
                new Choice(BabySex.NOT_RECORDED.name(), m.sexNotRecordedChoice()));
    }

    static String label(BabySex sex) {
        GrowthMessages m = MessageBundles.get(GrowthMessages.class);
        return sex == BabySex.FEMALE ? m.sexFemale() : sex == BabySex.MALE ? m.sexMale() : m.sexNotRecordedChoice();
    }
}
