package io.journeyboard.server.invitation;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends invitation e-mails through the operator's SMTP server. */
public final class InvitationMailer {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationMailer.class);

    private final SmtpSettings smtp;
    private final Session session;

    public InvitationMailer(SmtpSettings smtp) {
        this.smtp = smtp;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", Integer.toString(smtp.port()));
        // an unreachable mail server must not hold the owner's request for long
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        this.session = Session.getInstance(properties);
    }

    /**
     * Sends the invitation; answers why it could not be sent (a sentence for the owner, who then copies the
     * link instead), or empty when the SMTP server took it.
     */
    public Optional<String> send(Invitation invitation, String workspaceName, String link) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(smtp.from()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(invitation.email()));
            message.setSubject(
                    oneLine(invitation.invitedBy() + " invited you to " + workspaceName + " on Journeyboard"), "UTF-8");
            message.setText(body(invitation, workspaceName, link), "UTF-8");
            Transport.send(message);
            LOG.info("event=invitation-mailed workspace={} invitation={}", invitation.workspaceId(), invitation.id());
            return Optional.empty();
        } catch (MessagingException e) {
            LOG.warn(
                    "event=invitation-not-mailed workspace={} invitation={} smtp={}:{} reason=\"{}\"",
                    invitation.workspaceId(),
                    invitation.id(),
                    smtp.host(),
                    smtp.port(),
                    e.getClass().getSimpleName());
            return Optional.of("the e-mail could not be sent through " + smtp.host() + ":" + smtp.port()
                    + "; copy the link and send it yourself");
        }
    }

    static String body(Invitation invitation, String workspaceName, String link) {
        return oneLine(invitation.invitedBy()) + " invited you to join the workspace \"" + oneLine(workspaceName)
                + "\" on Journeyboard as " + invitation.role().label() + ".\n\n"
                + "Open this link to accept:\n" + link + "\n\n"
                + "The link works until " + invitation.expiresAt()
                + ". If you did not expect it, ignore this e-mail.\n";
    }

    /** User text in a header or a line of the e-mail: control characters (line breaks) become spaces. */
    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", " ");
    }
}
