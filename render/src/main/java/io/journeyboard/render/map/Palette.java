package io.journeyboard.render.map;

import io.journeyboard.model.journey.LaneKind;
import io.journeyboard.model.journey.Severity;
import io.journeyboard.render.canvas.Rgb;
import java.util.List;

/** The colours of a map: one accent per lane kind, one per persona, one per severity, and the neutrals. */
public final class Palette {

    public static final Rgb INK = Rgb.of(0x1f2933);
    public static final Rgb MUTED = Rgb.of(0x5f6b7a);
    public static final Rgb FAINT = Rgb.of(0x9aa5b1);
    public static final Rgb RULE = Rgb.of(0xdde2e8);
    public static final Rgb HEADER_BACKGROUND = Rgb.of(0xf3f5f8);
    public static final Rgb STAGE = Rgb.of(0x1e3a5f);
    public static final Rgb STAGE_ALTERNATE = Rgb.of(0x2b4c75);
    public static final Rgb CHANNEL = Rgb.of(0x0f7f81);

    private static final List<Rgb> PERSONAS = List.of(
            Rgb.of(0x2f6fde), Rgb.of(0xe8590c), Rgb.of(0x2b8a3e), Rgb.of(0x9c36b5), Rgb.of(0xc92a2a), Rgb.of(0x0b7285));

    private Palette() {}

    /** The accent colour of a lane kind: its title strip, card borders and a light tint behind its row. */
    public static Rgb lane(LaneKind kind) {
        return Rgb.of(
                switch (kind) {
                    case ACTIONS -> 0x2f6fde;
                    case THOUGHTS -> 0x7c5cd6;
                    case TOUCHPOINTS -> 0x0f7f81;
                    case EMOTION -> 0xd08a00;
                    case PAIN_POINTS -> 0xd64545;
                    case DELIGHTS -> 0x2e9e5b;
                    case MOMENTS_OF_TRUTH -> 0xb7791f;
                    case OPPORTUNITIES -> 0x4c51bf;
                    case FRONTSTAGE -> 0x1c7ed6;
                    case BACKSTAGE -> 0x5c6b7a;
                    case SYSTEMS -> 0x486581;
                    case OWNERS -> 0x8d6e63;
                    case KPIS -> 0xb83280;
                    case EVIDENCE -> 0x6b8e23;
                    case NOTES -> 0x718096;
                });
    }

    /** The i-th persona's colour, used for its emotion curve, legend entry and card dots. */
    public static Rgb persona(int index) {
        return PERSONAS.get(Math.floorMod(index, PERSONAS.size()));
    }

    public static Rgb severity(Severity severity) {
        return Rgb.of(
                switch (severity) {
                    case LOW -> 0x8a94a3;
                    case MEDIUM -> 0xe08a00;
                    case HIGH -> 0xd64545;
                    case CRITICAL -> 0x8f1d1d;
                });
    }
}
