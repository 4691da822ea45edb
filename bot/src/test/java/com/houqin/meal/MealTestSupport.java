package com.houqin.meal;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.Phone;

/**
 * The meal tests' common ground: a week in March 2027 (Thursday 2027-03-04 is "today" unless a
 * test moves on), with the default meals: breakfast cut-off 18:00 the day before, lunch 09:30,
 * dinner 14:30, reminders an hour before.
 */
abstract class MealTestSupport extends BotIntegrationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String THURSDAY = "2027-03-04";
    static final String FRIDAY = "2027-03-05";

    @Autowired
    MealRegistrations registrations;

    @Autowired
    MealCalendar calendar;

    /**
     * The configured admin is shared by every test class, and the outbox sender remembers when it
     * last wrote to each chat by the (moved) clock: a reminder to the admin in March 2027 would
     * hold back the next test's message to the admin until then. So the admin does not eat here.
     */
    @BeforeEach
    void theAdminIsNoDiner() {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ADMIN_ID)), new Update().pull("roles", Role.EMPLOYEE),
                Person.class);
    }

    /** Moves the clock to a local time in Shanghai and starts the scheduled tasks afresh from there. */
    void at(String localDateTime) {
        clock.set(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant());
        mongo.remove(new Query(), "scheduled_tasks");
        tasks.registerTasks();
    }

    /** Moves the clock on without touching the tasks: what is due now runs at the next tick. */
    void moveTo(String localDateTime) {
        clock.set(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant());
    }

    Phone cook(String name) {
        return approved(name, "Canteen", Role.COOK);
    }

    /** Registers through the bot as a person would: /meal with the day, then a tap on the meal. */
    void register(Phone phone, String day, String mealLabel) {
        phone.send("/meal " + day);
        phone.tap(phone.expect(m -> m.text().startsWith("🍽 ") && m.buttonData("☐ " + mealLabel) != null),
                "☐ " + mealLabel);
        phone.expect(m -> m.text().contains("✅ " + mealLabel + ": registered"));
    }

    MealRegistration registration(Phone phone, String date, String meal) {
        return mongo.findById(phone.id() + ":" + date + ":" + meal, MealRegistration.class);
    }

    boolean eats(Phone phone, String date, String meal) {
        MealRegistration r = registration(phone, date, meal);
        return r != null && r.eating();
    }

    Slot slot(String date, String meal) {
        return calendar.slot(date, meal).orElseThrow();
    }
}
