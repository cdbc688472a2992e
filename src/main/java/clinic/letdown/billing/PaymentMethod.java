package clinic.letdown.billing;

/** How the client paid. */
public enum PaymentMethod {
    CASH, CARD, CHECK, HSA_FSA, OTHER
}
