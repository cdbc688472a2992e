package clinic.letdown.letdownlog;

import clinic.letdown.web.ExpectedRefusal;

/** A discharged client's log is closed to new entries; her history stays readable. */
public class ClientDischargedException extends ExpectedRefusal {

    private static final long serialVersionUID = 1L;

    public ClientDischargedException() {
        super("the client is discharged: no new log entries");
    }
}
