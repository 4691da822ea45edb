package com.houqin.meal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.houqin.testing.Phone;

/** Typing where /meal shows buttons gets a pointer to those buttons, not "I did not understand". */
class MealTypedTextTest extends MealTestSupport {

    @BeforeEach
    void thursdayMorning() {
        at(THURSDAY + "T08:00");
    }

    @Test
    void textOnTheDayViewPointsToItsButtons() {
        Phone ann = approved("Ann", "Finance");
        ann.send("/meal tomorrow");
        ann.expect(m -> m.text().startsWith("🍽 2027-03-05 Fri"));
        int mark = ann.mark();
        ann.send("lunch please");
        ann.expectAfter(mark, "Please use the buttons of the day above: tap a meal to register");

        ann.tap("« Days");
        ann.expect("Your meals");
        mark = ann.mark();
        ann.sendSticker();
        ann.expectAfter(mark, "Please use the buttons above: tap a day");

        // once another command showed something else, typing is not taken for the view
        ann.send("/help");
        mark = ann.mark();
        ann.send("lunch please");
        ann.expectAfter(mark, "I did not understand that");
    }
}
