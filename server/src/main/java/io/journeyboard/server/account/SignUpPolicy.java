package io.journeyboard.server.account;

/**
 * Who may create an account without an invitation: anyone when the operator opened sign-up, else
 * only the first person on a fresh install (the demo account, if any, does not count), who then
 * becomes the owner of the workspace they create. Invited people always may, through their invitation.
 */
public final class SignUpPolicy {

    private final UserStore users;
    private final boolean open;
    private final String demoEmail;

    public SignUpPolicy(UserStore users, boolean open, String demoEmail) {
        this.users = users;
        this.open = open;
        this.demoEmail = demoEmail;
    }

    public boolean open() {
        return open;
    }

    /** True while nobody but the demo account has signed up. */
    public boolean firstAccount() {
        return users.countBesides(demoEmail) == 0;
    }

    public boolean allowsWithoutInvitation() {
        return open || firstAccount();
    }
}
