package com.houqin.repair;

import java.util.Locale;

/** What kind of repair: decides which technicians get the job. */
public enum RepairCategory {
    LIGHTING("💡"),
    PLUMBING("🚰"),
    ELECTRICAL("⚡"),
    HVAC("❄️"),
    DOORS_WINDOWS_FURNITURE("🚪"),
    OTHER("🔧");

    private final String icon;

    RepairCategory(String icon) {
        this.icon = icon;
    }

    public String icon() {
        return icon;
    }

    public String textKey() {
        return "repair.category." + name().toLowerCase(Locale.ROOT);
    }

    public static RepairCategory parse(String value) {
        try {
            return value == null ? null : valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
