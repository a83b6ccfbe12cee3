package io.journeyboard.server.support;

/** A small survey export about the fixture journey's sign-up step, as a CSV upload. */
public final class Feedback {

    /** Twelve answers, all tagged with the step "Sign up": eight complaints and four compliments. */
    public static final String SURVEY_CSV = """
            id,comment,stage
            r1,The sign up form kept rejecting my password and it was so frustrating,Sign up
            r2,Signing up took forever and the verification email never arrived,Sign up
            r3,"I hated the sign up, too many fields and confusing errors",Sign up
            r4,Terrible sign up experience with a broken captcha,Sign up
            r5,The registration page crashed twice before it worked,Sign up
            r6,Awful onboarding form and I almost gave up signing up,Sign up
            r7,The sign up email was slow and the link had expired,Sign up
            r8,Confusing password rules made signing up painful,Sign up
            r9,Signing up with Google was quick and easy,Sign up
            r10,I loved how fast the sign up was,Sign up
            r11,Great simple registration and a friendly welcome email,Sign up
            r12,The sign up flow was smooth and pleasant,Sign up
            """;

    private Feedback() {
    }
}
