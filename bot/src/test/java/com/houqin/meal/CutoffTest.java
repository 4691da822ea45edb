package com.houqin.meal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.houqin.meal.MealRegistration.Source;
import com.houqin.people.Role;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/**
 * The cut-off: after it a meal is locked for the employee (and the bot says whom to ask), the
 * cooks get the final count by themselves, once, and can still add someone late.
 */
class CutoffTest extends MealTestSupport {

    @BeforeEach
    void thursdayMorning() {
        at(THURSDAY + "T09:00");
    }

    @Test
    void afterTheCutoffTheMealIsLockedAndTheBotSaysWhomToAsk() {
        Phone ann = approved("Ann", "Finance");
        cook("Chen");
        register(ann, "today", "Lunch");
        SentMessage day = ann.expect(m -> m.text().contains("✅ Lunch: registered"));

        moveTo(THURSDAY + "T09:31");
        ann.tap(day, "✅ Lunch");
        SentMessage locked = ann.expect("is locked");
        assertThat(locked.text()).contains("🔒 Lunch today (Thu 03-04) is locked: registration closed at 09:30")
                .contains("ask the canteen: Chen. They can still add a late registration")
                .contains("🔒 Lunch: registered (locked since 09:30)");
        assertThat(eats(ann, THURSDAY, "lunch")).isTrue();

        Phone bob = approved("Bob", "IT");
        bob.send("/meal today");
        SentMessage bobsDay = bob.expect(m -> m.text().startsWith("🍽 2027-03-04"));
        assertThat(bobsDay.buttonLabels()).contains("🔒 Breakfast", "🔒 Lunch", "☐ Dinner");
        bob.tap(bobsDay, "🔒 Lunch");
        bob.expect("🔒 Lunch today (Thu 03-04) is locked");
        assertThat(registration(bob, THURSDAY, "lunch")).isNull();
    }

    @Test
    void theCooksGetTheFinalCountAtTheCutoffOnceAndCanAddSomeoneLate() {
        Phone ann = approved("Ann", "Finance");
        Phone bob = approved("Bob", "IT");
        Phone chen = cook("Chen");
        Phone li = cook("Li");
        register(ann, "today", "Lunch");

        tasks.runDueTasks();
        api.awaitQuiet(Duration.ofMillis(300), Duration.ofSeconds(3));
        assertThat(chen.messages()).isEmpty();

        moveTo(THURSDAY + "T09:30:05");
        tasks.runDueTasks();
        tasks.runDueTasks();
        SentMessage finalCount = chen.expect("🔒 Final count: Lunch, 2027-03-04 Thu");
        assertThat(finalCount.text()).isEqualTo("🔒 Final count: Lunch, 2027-03-04 Thu\nTotal 1, no guests\n"
                + "By department: Finance 1");
        li.expect("🔒 Final count: Lunch");
        api.awaitQuiet(Duration.ofMillis(500), Duration.ofSeconds(5));
        assertThat(chen.messages()).hasSize(1);
        MealTally tally = mongo.findById(THURSDAY + ":lunch", MealTally.class);
        assertThat(tally.finalPeople()).isEqualTo(1);
        assertThat(tally.finalGuests()).isZero();

        // Bob forgot; he asks Chen, who adds him late
        chen.tap(finalCount, "➕ Late registration");
        chen.tap(chen.expect("Late registration: which meal"), "Lunch");
        chen.expect("Who should be added?");
        chen.send("nobody-by-this-name");
        chen.expect("Nobody approved has a name containing “nobody-by-this-name”");
        chen.send("bo");
        chen.tap(chen.expect("Choose the person"), "Bob · IT");
        chen.tap(chen.expect("Add Bob to Lunch today (Thu 03-04)?"), "Confirm");
        chen.expect("✅ Bob is added to Lunch today (Thu 03-04) (marked late)");
        bob.expect("🍽 Chen from the canteen registered you for Lunch today (Thu 03-04)");
        MealRegistration bobs = registration(bob, THURSDAY, "lunch");
        assertThat(bobs.eating()).isTrue();
        assertThat(bobs.late()).isTrue();
        assertThat(bobs.source()).isEqualTo(Source.COOK);

        chen.send("/headcount");
        assertThat(chen.expect("📊 Headcount").text()).contains("Total 2, no guests")
                .contains("Added after the cut-off (1): Bob");
    }

    @Test
    void theCookEntersWhatWasServedAndTheManagerSeesTheDifference() {
        Phone ann = approved("Ann", "Finance");
        Phone bob = approved("Bob", "IT");
        Phone chen = cook("Chen");
        Phone boss = approved("Boss", "Logistics", Role.MANAGER);
        register(ann, "today", "Lunch");
        register(bob, "today", "Lunch");

        moveTo(THURSDAY + "T12:40");
        tasks.runDueTasks();
        SentMessage finalCount = chen.expect("🔒 Final count: Lunch");
        chen.tap(finalCount, "🍽 Served count");
        chen.tap(chen.expect("Served count: which meal"), "Lunch");
        chen.expect("How many meals were served for Lunch today (Thu 03-04)? Registered: 2");
        chen.send("-1");
        chen.expect("below zero");
        chen.send("1");
        chen.expect("✅ Saved for Lunch today (Thu 03-04): 1 served, 2 registered, difference 1");
        MealTally tally = mongo.findById(THURSDAY + ":lunch", MealTally.class);
        assertThat(tally.served()).isEqualTo(1);
        assertThat(tally.registeredWhenServed()).isEqualTo(2);

        boss.send("/summary");
        SentMessage summary = boss.expect("Logistics summary");
        assertThat(summary.text()).contains("🍽 Meals")
                .contains("Today: Breakfast 0 · Lunch 2 (served 1) · Dinner 0 (open until 14:30)")
                .contains("Last 7 days (meals with a served count: 1): 2 registered, 1 served, difference 1 (50%)");
    }
}
