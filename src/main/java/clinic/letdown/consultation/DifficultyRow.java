package clinic.letdown.consultation;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;

/** One row of the difficulties table on the charting form, with its own errors for the field tags. */
@TemplateData
public record DifficultyRow(int index, String factor, String severity, String detail, boolean removed,
        Integer previousSeverity, FormErrors errors) {

    static final int EMPTY_ROWS = 2;
    static final int MIN_ROWS = 4;
    static final int MORE_ROWS = 4;

    public int number() {
        return index + 1;
    }

    public String factorId() {
        return "factor-" + index;
    }

    public String severityId() {
        return "severity-" + index;
    }

    public String detailId() {
        return "detail-" + index;
    }

    public String removeId() {
        return "remove-" + index;
    }

    /** Charted at the previous visit (its severity then), so this row re-scores it. */
    public boolean isCarried() {
        return previousSeverity != null;
    }

    /** The rows to show: those typed, then empty ones, at least four. */
    public static List<DifficultyRow> of(ConsultationForm form, FormErrors errors) {
        return of(form, errors, List.of());
    }

    /** As {@link #of}, each row of a difficulty charted at the previous visit marked with its severity then. */
    public static List<DifficultyRow> of(ConsultationForm form, FormErrors errors, List<LetdownDifficulty> previous) {
        return rows(form, errors, false, previous);
    }

    /** The rows typed and {@value #MORE_ROWS} empty ones more. */
    public static List<DifficultyRow> withMoreRows(ConsultationForm form, List<LetdownDifficulty> previous) {
        return rows(form, FormErrors.none(), true, previous);
    }

    private static List<DifficultyRow> rows(ConsultationForm form, FormErrors errors, boolean more,
            List<LetdownDifficulty> previous) {
        int filled = 0;
        for (int i = 0; i < form.rowCount(); i++) {
            if (!(form.factorAt(i).isBlank() && form.severityAt(i).isBlank() && form.detailAt(i).isBlank())) {
                filled = i + 1;
            }
        }
        int wanted = more ? Math.max(form.rowCount(), filled) + MORE_ROWS : Math.max(MIN_ROWS, filled + EMPTY_ROWS);
        int count = Math.min(wanted, ConsultationForm.MAX_DIFFICULTIES + MORE_ROWS);
        List<DifficultyRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FormErrors own = FormErrors.none();
            for (String field : List.of("factor", "severity", "detail")) {
                if (errors.has(field + "-" + i)) {
                    own.add(field, errors.get(field + "-" + i));
                }
            }
            rows.add(new DifficultyRow(i, form.factorAt(i), form.severityAt(i), form.detailAt(i), form.removedAt(i),
                    previousSeverity(previous, form.factorAt(i), form.detailAt(i)), own));
        }
        return rows;
    }

    /** The severity charted for this factor (and detail, for factors named by it) at the previous visit, or null. */
    private static Integer previousSeverity(List<LetdownDifficulty> previous, String factor, String detail) {
        for (LetdownDifficulty d : previous) {
            if (d.factor.name().equals(factor.strip())
                    && (!d.factor.needsDetail() || FormFields.orEmpty(d.detail).equals(detail.strip()))) {
                return d.severity;
            }
        }
        return null;
    }
}
