package io.journeyboard.server.invitation;

/**
 * The operator's SMTP server, through which invitations are e-mailed: plain SMTP to {@code host:port}
 * (a local relay or a mail submission service), with {@code from} as the sender address.
 */
public record SmtpSettings(String host, int port, String from) {

    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the SMTP host must not be blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("the SMTP port must be between 1 and 65535, got " + port);
        }
        if (from == null || !from.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("the sender of invitation e-mails must be an e-mail address such as "
                    + "journeyboard@example.org, got '" + from + "'");
        }
    }
}
