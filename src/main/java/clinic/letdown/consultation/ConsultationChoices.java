package clinic.letdown.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.TemplateData;
import clinic.letdown.client.Baby;
import clinic.letdown.web.Choice;
import clinic.letdown.web.Formats;

/** The options of the charting form's selects, radios and checkboxes, labelled from the message bundle. */
@ApplicationScoped
public class ConsultationChoices {

    @Inject
    ConsultationMessages messages;

    /** Everything the form offers, for one client's babies. */
    @TemplateData
    public record Options(List<Choice> kinds, List<Choice> babies, List<Choice> factors, List<Choice> signs,
            List<Choice> triggers, List<Choice> latchLatch, List<Choice> latchAudible, List<Choice> latchNipple,
            List<Choice> latchComfort, List<Choice> latchHold) {
    }

    public Options forBabies(List<Baby> babies) {
        return new Options(
                Stream.of(ConsultationKind.values()).map(k -> new Choice(k.name(), messages.kind(k))).toList(),
                babies.stream().map(b -> new Choice(String.valueOf(b.id),
                        b.dateOfBirth == null ? b.name : messages.babyBorn(b.name, Formats.shown(b.dateOfBirth)))).toList(),
                Stream.of(DifficultyFactor.values()).map(f -> new Choice(f.name(), messages.factor(f))).toList(),
                Stream.of(LetdownSign.values()).map(s -> new Choice(s.name(), messages.sign(s))).toList(),
                Stream.of(LetdownTrigger.values()).map(t -> new Choice(t.name(), messages.trigger(t))).toList(),
                latch("L"), latch("A"), latch("T"), latch("C"), latch("H"));
    }

    private List<Choice> latch(String item) {
        List<Choice> choices = new ArrayList<>();
        for (int score = 0; score <= 2; score++) {
            choices.add(new Choice(String.valueOf(score), messages.latchOption(item + score)));
        }
        choices.add(new Choice("", messages.notScored()));
        return choices;
    }
}
