package clinic.letdown.growth;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.quarkus.qute.TemplateExtension;
import clinic.letdown.web.Formats;

/** How growth numbers look: signed changes, z-scores to two decimals, centiles. */
@TemplateExtension
public class GrowthFormats {

    /** 70 as "+70", -1210 as "-1,210", 0 as "0". */
    public static String signedGrams(Integer grams) {
        if (grams == null) {
            return "";
        }
        return (grams > 0 ? "+" : "") + Formats.grouped(grams);
    }

    /** 2.13 as "+2.1", -9.0 as "-9.0"; a value that rounds to 0 as "0.0". */
    public static String signedOneDecimal(Double value) {
        if (value == null) {
            return "";
        }
        String text = Formats.oneDecimal(value);
        if (text.equals("-0.0")) {
            text = "0.0";
        }
        return value > 0 && !text.equals("0.0") ? "+" + text : text;
    }

    /** A z-score as the WHO reports it, to two decimals: "-0.58". */
    public static String twoDecimals(Double value) {
        if (value == null) {
            return "";
        }
        String text = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
        return text.equals("-0.00") ? "0.00" : text;
    }

    /** A centile: whole below 99 and above 1 ("28"), with a decimal at the extremes ("0.4", "99.7"). */
    public static String centileShown(Double centile) {
        if (centile == null) {
            return "";
        }
        if (centile >= 1 && centile <= 99) {
            return String.valueOf(Math.round(centile));
        }
        return BigDecimal.valueOf(centile).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
