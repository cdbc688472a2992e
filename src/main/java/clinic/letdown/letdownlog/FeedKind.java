package clinic.letdown.letdownlog;

/** Whether a logged letdown came while feeding the baby or while pumping. */
public enum FeedKind {
    FEEDING, PUMPING
}
