package io.journeyboard.model.journey;

/** The medium through which a touchpoint reaches the customer. */
public enum Channel {
    WEB,
    APP,
    STORE,
    PHONE,
    EMAIL,
    CHAT,
    SOCIAL,
    MAIL,
    IN_PERSON,
    SMS,
    KIOSK,
    ADVERTISING,
    PARTNER,
    OTHER
}
