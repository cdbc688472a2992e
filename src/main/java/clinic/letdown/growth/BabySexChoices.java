package clinic.letdown.growth;

import java.util.List;

import io.quarkus.qute.TemplateExtension;
import clinic.letdown.client.BabySex;
import clinic.letdown.web.Choice;
import clinic.letdown.web.Language;
import clinic.letdown.web.RequestLanguage;

/** {babySex:choices} for the baby's form, and {sex.label} for a recorded sex. */
@TemplateExtension(namespace = "babySex")
public class BabySexChoices {

    static List<Choice> choices() {
        GrowthMessages m = RequestLanguage.words(GrowthMessages.class, Language.current());
        return List.of(new Choice(BabySex.FEMALE.name(), m.sexFemale()), new Choice(BabySex.MALE.name(), m.sexMale()),
                new Choice(BabySex.NOT_RECORDED.name(), m.sexNotRecordedChoice()));
    }

    static String label(BabySex sex) {
        GrowthMessages m = RequestLanguage.words(GrowthMessages.class, Language.current());
        return sex == BabySex.FEMALE ? m.sexFemale() : sex == BabySex.MALE ? m.sexMale() : m.sexNotRecordedChoice();
    }
}
