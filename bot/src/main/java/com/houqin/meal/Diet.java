package com.houqin.meal;

import java.util.Locale;

/** Dietary needs a person can mark on their profile; allergies are free text beside them. */
enum Diet {
    VEGETARIAN,
    HALAL,
    NO_PORK;

    String textKey() {
        return "meal.diet." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
