package clinic.letdown.client;

/** The baby's sex as recorded: the WHO growth standards differ for girls and boys. Stored by name. */
public enum BabySex {
    FEMALE, MALE, NOT_RECORDED
}
