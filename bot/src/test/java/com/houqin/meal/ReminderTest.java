package com.houqin.meal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.houqin.meal.MealRegistration.Source;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/**
 * An hour before each cut-off, a reminder goes to those who have not answered for that meal,
 * have reminders on and can be reached; once, with one-tap answers.
 */
class ReminderTest extends MealTestSupport {

    @Autowired
    MealProfiles profiles;

    @BeforeEach
    void thursdayMorning() {
        at(THURSDAY + "T08:00");
    }

    @Test
    void onlyThoseWhoHaveNotAnsweredAreReminded() {
        Phone registered = approved("Ann", "Finance");
        register(registered, "today", "Lunch");
        Phone notEating = approved("Bob", "Finance");
        register(notEating, "today", "Lunch");
        notEating.tap("✅ Lunch");
        notEating.expect(m -> m.text().contains("☐ Lunch: not registered"));
        Phone standing = approved("Cai", "IT");
        standing.send("/meal");
        standing.tap(standing.expect("Your meals"), "🔁 Every week");
        standing.tap(standing.expect("Standing registration"), "☐ Lunch");
        standing.expect(m -> m.text().contains("Now: Lunch on Mon, Tue, Wed, Thu, Fri."));
        Phone quiet = approved("Dan", "IT");
        quiet.send("/meal");
        quiet.tap(quiet.expect("Your meals"), "🔔 Reminders: on");
        quiet.expect(m -> m.text().contains("Meal reminders are off"));
        Phone blocked = approved("Eve", "IT");
        people.markUnreachable(blocked.id(), true);
        Phone forgetful = approved("Fay", "Operations");
        awaitAllDelivered();

        moveTo(THURSDAY + "T08:30:01");
        tasks.runDueTasks();
        tasks.runDueTasks();
        SentMessage reminder = forgetful.expect("Are you eating?");
        assertThat(reminder.text()).isEqualTo("🍽 Lunch, Today, Thu 03-04: registration closes at 09:30. Are you eating?");
        awaitAllDelivered();
        assertThat(remindersTo(registered, notEating, standing, quiet, blocked, forgetful))
                .containsExactly(forgetful.firstName());
        assertThat(forgetful.messages().stream().filter(m -> m.text().contains("Are you eating"))).hasSize(1);

        forgetful.tap(reminder, "Yes, register me");
        forgetful.expect("✅ Registered for Lunch today (Thu 03-04). You can change it in /meal until 09:30.");
        MealRegistration r = registration(forgetful, THURSDAY, "lunch");
        assertThat(r.eating()).isTrue();
        assertThat(r.source()).isEqualTo(Source.REMINDER);
        forgetful.tap("No more meal reminders");
        forgetful.expect("Meal reminders are off");
        assertThat(profiles.get(forgetful.id()).wantsReminders()).isFalse();

        // the dinner reminder: Cai's standing registration is for lunch only; Fay and Dan opted out
        api.reset();
        moveTo(THURSDAY + "T13:30:01");
        tasks.runDueTasks();
        notEating.expect("🍽 Dinner, Today, Thu 03-04: registration closes at 14:30");
        awaitAllDelivered();
        assertThat(remindersTo(registered, notEating, standing, quiet, blocked, forgetful))
                .containsExactlyInAnyOrder("Ann", "Bob", "Cai");
        notEating.tap(notEating.expect("Dinner, Today"), "Not eating");
        notEating.expect("🙅 Noted: no Dinner for you today (Thu 03-04)");
        assertThat(registration(notEating, THURSDAY, "dinner").eating()).isFalse();
    }

    @Test
    void aReminderAnsweredAfterTheCutoffSaysItIsTooLate() {
        Phone fay = approved("Fay", "Operations");
        cook("Chen");
        moveTo(THURSDAY + "T08:30:01");
        tasks.runDueTasks();
        SentMessage reminder = fay.expect("Are you eating?");
        moveTo(THURSDAY + "T09:45");
        fay.tap(reminder, "Yes, register me");
        fay.expect("🔒 Lunch today (Thu 03-04) is locked: registration closed at 09:30. To change it, ask the canteen: Chen.");
        assertThat(registration(fay, THURSDAY, "lunch")).isNull();
    }

    @Test
    void noReminderIsSentOnceTheCutoffHasPassed() {
        Phone fay = approved("Fay", "Operations");
        // the service was down from before the reminder until after the cut-off
        moveTo(THURSDAY + "T09:40");
        tasks.runDueTasks();
        awaitAllDelivered();
        assertThat(fay.messages()).isEmpty();
    }

    private List<String> remindersTo(Phone... phones) {
        return java.util.Arrays.stream(phones)
                .filter(p -> p.messages().stream().anyMatch(m -> m.text().contains("Are you eating")))
                .map(Phone::firstName).toList();
    }
}
