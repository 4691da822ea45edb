package com.houqin.meal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** An employee registers for meals in /meal, changes them, brings guests; bad input is explained. */
class MealRegistrationTest extends MealTestSupport {

    @BeforeEach
    void thursdayMorning() {
        at(THURSDAY + "T08:00");
    }

    @Test
    void anEmployeeTicksMealsForADayAndChangesThem() {
        Phone ann = approved("Ann", "Finance");
        ann.send("/meal");
        SentMessage menu = ann.expect("Your meals");
        assertThat(menu.text()).contains("not registered for any meal yet");
        assertThat(menu.buttonLabels()).contains("Today, Thu 03-04", "Tomorrow, Fri 03-05", "Mon 03-08", "Fri 03-12")
                .doesNotContain("Sat 03-06", "Sun 03-07", "Mon 03-15");

        ann.tap("Today, Thu 03-04");
        SentMessage day = ann.expect(m -> m.text().startsWith("🍽 2027-03-04 Thu"));
        assertThat(day.buttonLabels()).contains("🔒 Breakfast", "☐ Lunch", "☐ Dinner");
        ann.tap(day, "☐ Lunch");
        ann.expect(m -> m.text().contains("✅ Lunch: registered (change until 09:30)"));
        ann.tap("☐ Dinner");
        ann.expect(m -> m.text().contains("✅ Dinner: registered"));
        assertThat(eats(ann, THURSDAY, "lunch")).isTrue();
        assertThat(eats(ann, THURSDAY, "dinner")).isTrue();

        ann.tap("✅ Lunch");
        ann.expect(m -> m.text().contains("☐ Lunch: not registered (open until 09:30)"));
        assertThat(registration(ann, THURSDAY, "lunch").eating()).isFalse();

        ann.tap("✔ Done");
        SentMessage done = ann.expect("All saved");
        assertThat(done.text()).contains("Today, Thu 03-04: Dinner").doesNotContain("Lunch");
        assertThat(done.keyboard()).isEmpty();
    }

    @Test
    void theSameRegistrationSentTwiceCountsOnce() {
        Phone ann = approved("Ann", "Finance");
        ann.send("/meal tomorrow");
        SentMessage day = ann.expect(m -> m.text().startsWith("🍽 2027-03-05 Fri"));
        ann.tap(day, "☐ Lunch");
        ann.expect(m -> m.text().contains("✅ Lunch: registered"));
        // the same button again, from the message as it was before
        ann.tap(day, "☐ Lunch");
        api.await(ann.id(), m -> api.calls("answerCallbackQuery").stream()
                .anyMatch(c -> c.params().path("text").asText().contains("already registered")), Phone.WAIT);
        assertThat(mongo.findAll(MealRegistration.class)).hasSize(1);
        assertThat(eats(ann, FRIDAY, "lunch")).isTrue();
    }

    @Test
    void guestsComeWithACountAndANote() {
        Phone ann = approved("Ann", "Finance");
        ann.send("/meal today");
        ann.tap("👥 Guests");
        ann.expect("Guests for which meal today (Thu 03-04)?");
        ann.tap("Lunch");
        ann.expect("How many guests for Lunch");
        ann.send("-3");
        ann.expect("below zero");
        ann.send("500");
        ann.expect("For more than 30 guests, please arrange it with the canteen directly");
        ann.send("a few");
        ann.expect("Please type a whole number from 0 to 30");
        ann.send("3");
        ann.expect("Who are they?");
        ann.send("Visitors from HQ");
        ann.tap(ann.expect("Guests for Lunch today (Thu 03-04): 3, Visitors from HQ."), "Confirm");
        SentMessage day = ann.expect("Saved: 3 guests for Lunch");
        assertThat(day.text()).contains("👥 Lunch: 3 guests, Visitors from HQ");

        MealRegistration r = registration(ann, THURSDAY, "lunch");
        assertThat(r.guests()).isEqualTo(3);
        assertThat(r.guestNote()).isEqualTo("Visitors from HQ");
        assertThat(r.eating()).isFalse();
    }

    @Test
    void daysThatCannotBeRegisteredForAreExplained() {
        Phone ann = approved("Ann", "Finance");
        ann.send("/meal 2027-03-01");
        ann.expect("Mon 03-01 has already passed");
        ann.send("/meal 2027-04-20");
        ann.expect("too far ahead: you can register up to Sun 03-14");
        ann.send("/meal sat");
        ann.expect("The canteen is closed on Sat 03-06");
        ann.send("/meal when the cows come home");
        ann.expect("I could not read “when the cows come home” as a date");
        assertThat(mongo.findAll(MealRegistration.class)).isEmpty();
    }

    @Test
    void aForgedOrStaleDayButtonIsRefusedPolitely() {
        Phone ann = approved("Ann", "Finance");
        ann.send("/meal");
        SentMessage menu = ann.expect("Your meals");
        ann.tapData(menu, "AAAAAAAAAAAA");
        ann.expect("This button has expired");
        // the menu from Thursday, used on Saturday: Thursday and Friday are gone
        at("2027-03-06T10:00");
        ann.tap(menu, "Today, Thu 03-04");
        ann.expect(m -> m.text().startsWith("Thu 03-04 has already passed") && m.text().contains("Your meals"));
    }
}
