package clinic.letdown.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.TemplateData;
import clinic.letdown.client.Baby;
import clinic.letdown.client.Client;
import clinic.letdown.web.Choice;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.Formats;
import clinic.letdown.web.InRequestLanguage;

/** The charting form as a page: its options (selects, radios, checkboxes, labelled from the message bundle) and its rows. */
@ApplicationScoped
public class ChartingPages {

    @Inject
    @InRequestLanguage
    ConsultationMessages messages;

    /** Everything the form offers, for one client's babies. */
    @TemplateData
    public record Options(List<Choice> kinds, List<Choice> babies, List<Choice> factors, List<Choice> signs,
            List<Choice> triggers, List<Choice> latchLatch, List<Choice> latchAudible, List<Choice> latchNipple,
            List<Choice> latchComfort, List<Choice> latchHold) {
    }

    /** The charting form with the errors of its values (none when it is first shown). */
    public ChartingPage page(Client client, Consultation consultation, ConsultationForm form, FormErrors errors) {
        return new ChartingPage(client, consultation, form, errors,
                DifficultyRow.of(form, errors, previousDifficulties(client, consultation)), forBabies(client.babies));
    }

    /** The form as typed, with more empty difficulty rows ("More difficulty rows"); nothing checked yet. */
    public ChartingPage withMoreRows(Client client, Consultation consultation, ConsultationForm form) {
        return new ChartingPage(client, consultation, form, FormErrors.none(),
                DifficultyRow.withMoreRows(form, previousDifficulties(client, consultation)), forBabies(client.babies));
    }

    /** The difficulties charted at the visit before this one (before any, for a new visit); empty for a first visit. */
    public static List<LetdownDifficulty> previousDifficulties(Client client, Consultation consultation) {
        Consultation previous = consultation == null
                ? Consultation.find("client.id = ?1 order by startedAt desc, id desc", client.id).firstResult()
                : Consultation.find("client.id = ?1 and (startedAt < ?2 or startedAt = ?2 and id < ?3)"
                        + " order by startedAt desc, id desc", client.id, consultation.startedAt, consultation.id).firstResult();
        return previous == null ? List.of() : List.copyOf(previous.difficulties);
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
