package clinic.letdown.portal;

/** Whether a logged letdown came while feeding the baby or while pumping. */
public enum SessionKind {
    FEEDING, PUMPING
}
