package io.journeyboard.web.support;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/** Members of the demo workspace as a person becomes one: invited by the owner, signed up through the link. */
public final class Members {

    private Members() {}

    /** Invites {@code email} with {@code role} as the demo owner and signs the invited person up through the link. */
    public static Page invited(WebApp app, String email, String role) {
        Page owner = app.signedIn();
        String link =
                (String) owner.evaluate("""
                async ([email, role, ws]) => {
                  const me = await (await fetch('/api/v1/me')).json();
                  const made = await fetch(`/api/v1/workspaces/${ws}/invitations`, {
                    method: 'POST', body: JSON.stringify({ email, role }),
                    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken } });
                  return (await made.json()).link;
                }""", List.of(email, role, app.demo().workspaceId()));
        owner.context().close();
        Page page = app.newPage();
        page.navigate(link);
        page.getByLabel("Your name").fill(role + " person");
        page.getByLabel("Choose a password").fill("a password for " + role);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account and join"))
                .click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Demo workspace"))
                .waitFor();
        return page;
    }
}
