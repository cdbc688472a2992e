package clinic.letdown.billing;

/**
 * The National Provider Identifier's check: 10 digits, the last a Luhn check digit computed over the
 * first nine with the prefix 80840 (CMS, "Requirements for Check Digit Algorithm for the NPI", 2007):
 * which is the Luhn sum of the nine digits plus 24.
 */
public final class Npi {

    private Npi() {
    }

    public static boolean isValid(String npi) {
        if (npi == null || !npi.matches("[0-9]{10}")) {
            return false;
        }
        int sum = 24;
        for (int i = 0; i < 9; i++) {
            int digit = npi.charAt(8 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        int check = (10 - sum % 10) % 10;
        return check == npi.charAt(9) - '0';
    }
}
