package clinic.letdown.client;

import clinic.letdown.web.ExpectedRefusal;

/** The client already has a portal account (one account per client, one client per account). */
public class AlreadyLinkedException extends ExpectedRefusal {

    private static final long serialVersionUID = 1L;

    public AlreadyLinkedException() {
        super("the client already has a portal account");
    }
}
