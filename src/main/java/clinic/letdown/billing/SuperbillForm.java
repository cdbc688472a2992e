package clinic.letdown.billing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;

/**
 * A superbill as chosen by the consultant: service rows (a fee-schedule id and units, parallel
 * lists), diagnosis ids, place of service, the amount paid and how.
 */
@TemplateData
public record SuperbillForm(@RestForm List<String> feeId, @RestForm List<String> units, @RestForm List<String> diagnosisId,
        @RestForm String placeOfService, @RestForm String paid, @RestForm String paymentMethod, @RestForm String version) {

    static final int ROWS = 4;
    static final int MAX_DIAGNOSES = 12;

    public record Line(FeeItem item, int units) {
    }

    public record Data(List<Line> lines, List<DiagnosisCode> diagnoses, PlaceOfService place, int paidCents,
            PaymentMethod method) {
    }

    static SuperbillForm fresh(PlaceOfService place) {
        return new SuperbillForm(List.of(), List.of("1"), List.of(), place.code, "0.00", "", "");
    }

    static SuperbillForm of(Superbill bill) {
        List<String> fees = new ArrayList<>();
        List<String> unitList = new ArrayList<>();
        for (SuperbillLine line : bill.lines) {
            FeeItem item = FeeItem.find("codeSystem = ?1 and code = ?2", line.codeSystem, line.code).firstResult();
            fees.add(item == null ? "" : String.valueOf(item.id));
            unitList.add(String.valueOf(line.units));
        }
        List<String> codes = new ArrayList<>();
        for (SuperbillDiagnosis d : bill.diagnoses) {
            DiagnosisCode code = DiagnosisCode.find("code", d.code).firstResult();
            if (code != null) {
                codes.add(String.valueOf(code.id));
            }
        }
        return new SuperbillForm(fees, unitList, codes, bill.placeOfService, Money.inputValue(bill.paidCents),
                bill.paymentMethod == null ? "" : bill.paymentMethod, String.valueOf(bill.version));
    }

    SuperbillForm withVersion(long newVersion) {
        return new SuperbillForm(feeId, units, diagnosisId, placeOfService, paid, paymentMethod, String.valueOf(newVersion));
    }

    public String feeAt(int row) {
        return FormFields.entryAt(feeId, row);
    }

    public String unitsAt(int row) {
        return FormFields.entryAt(units, row);
    }

    public Set<String> chosenDiagnoses() {
        return diagnosisId == null ? Set.of() : new LinkedHashSet<>(diagnosisId);
    }

    /** The choices checked against the lists offered now, or null with a message at each wrong field. */
    Data check(FormErrors errors, BillingMessages m) {
        Map<Long, FeeItem> fees = FeeItem.offered().stream().collect(Collectors.toMap(f -> f.id, Function.identity()));
        List<Line> lines = new ArrayList<>();
        int rows = Math.max(feeId == null ? 0 : feeId.size(), units == null ? 0 : units.size());
        for (int i = 0; i < Math.min(rows, ROWS); i++) {
            String fee = feeAt(i);
            String unit = unitsAt(i);
            if (fee.isBlank()) {
                continue; // an empty row, whatever its units say
            }
            FeeItem item = fees.get(FormFields.id(fee));
            if (item == null) {
                errors.add("feeId-" + i, m.chooseService());
            }
            Integer n = FormFields.isBlank(unit) ? null
                    : FormFields.integer(unit, "units-" + i, 1, 99, errors, m.unitsFormat(), m.unitsFormat());
            if (n == null && !errors.has("units-" + i)) {
                errors.add("units-" + i, m.unitsFormat());
            }
            if (item != null && n != null) {
                lines.add(new Line(item, n));
            }
        }
        if (rows > ROWS) {
            errors.add("feeId-0", m.chooseService());
        }
        if (lines.isEmpty() && !errors.any()) {
            errors.add("feeId-0", m.serviceRequired());
        }
        Map<Long, DiagnosisCode> codes = DiagnosisCode.offered().stream()
                .collect(Collectors.toMap(d -> d.id, Function.identity()));
        List<DiagnosisCode> diagnoses = new ArrayList<>();
        for (String raw : chosenDiagnoses()) {
            DiagnosisCode code = codes.get(FormFields.id(raw));
            if (code == null || diagnoses.size() == MAX_DIAGNOSES) {
                errors.add("diagnosisId", m.chooseDiagnosis());
                break;
            }
            diagnoses.add(code);
        }
        if (diagnoses.isEmpty() && !errors.has("diagnosisId")) {
            errors.add("diagnosisId", m.diagnosisRequired());
        }
        PlaceOfService place = PlaceOfService.ofCode(FormFields.trimmedOrEmpty(placeOfService));
        if (place == null) {
            errors.add("placeOfService", m.choosePlace());
        }
        Integer cents = Money.cents(paid, "paid", errors, m.moneyFormat());
        PaymentMethod method = null;
        if (!FormFields.isBlank(paymentMethod)) {
            try {
                method = PaymentMethod.valueOf(paymentMethod.strip());
            } catch (IllegalArgumentException e) {
                errors.add("paymentMethod", m.chooseMethod());
            }
        }
        if (cents != null && cents > 0 && method == null && !errors.has("paymentMethod")) {
            errors.add("paymentMethod", m.chooseMethod());
        }
        if (cents != null && cents == 0 && method != null) {
            errors.add("paymentMethod", m.methodWithoutPayment());
        }
        return errors.any() ? null : new Data(lines, diagnoses, place, cents, method);
    }
}
