package com.houqin.meal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.houqin.chat.Buttons;
import com.houqin.i18n.Language;
import com.houqin.outbox.Notification;
import com.houqin.outbox.Outbox;
import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.scheduler.Schedule;
import com.houqin.scheduler.ScheduledTask;
import com.houqin.telegram.Outgoing;

/**
 * {@code houqin.meal.reminder-lead} before each cut-off, reminds every approved employee who
 * has not answered for that meal (registered, "not eating", or a standing registration) and
 * has not turned reminders off. One task serves every meal: it runs at the next reminder time
 * of any of them.
 */
@Component
class MealReminderTask implements ScheduledTask {

    static final String ANSWER = "meal.answer";
    private static final Logger log = LoggerFactory.getLogger(MealReminderTask.class);

    private final MealCalendar calendar;
    private final People people;
    private final MealProfiles profiles;
    private final MealRegistrations registrations;
    private final StandingRegistrations standing;
    private final Outbox outbox;
    private final Buttons buttons;
    private final MealTexts texts;

    MealReminderTask(MealCalendar calendar, People people, MealProfiles profiles, MealRegistrations registrations,
                     StandingRegistrations standing, Outbox outbox, Buttons buttons, MealTexts texts) {
        this.calendar = calendar;
        this.people = people;
        this.profiles = profiles;
        this.registrations = registrations;
        this.standing = standing;
        this.outbox = outbox;
        this.buttons = buttons;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "meal-reminders";
    }

    @Override
    public Schedule schedule() {
        return after -> calendar.nextCutoffAfter(after, calendar.reminderLead());
    }

    @Override
    public void run(Instant scheduledFor) {
        calendar.forEachDue(scheduledFor, calendar.reminderLead(), slot -> {
            if (calendar.isOpen(slot)) {
                int sent = remind(slot);
                log.info("Meal reminders for {}: {} queued", slot.key(), sent);
            }
        });
    }

    /** Queues the reminders for one meal; returns how many. */
    int remind(Slot slot) {
        List<Person> employees = people.withRole(Role.EMPLOYEE);
        Map<Long, MealProfile> settings = profiles.all();
        Map<String, MealRegistration> answered = registrations.byIds(employees.stream()
                .map(p -> slot.registrationId(p.id())).toList());
        int queued = 0;
        for (Person person : employees) {
            MealProfile profile = settings.getOrDefault(person.id(), MealProfile.empty(person.id()));
            if (person.unreachable() || !profile.wantsReminders()
                    || answered.containsKey(slot.registrationId(person.id())) || standing.covers(profile, slot)) {
                continue;
            }
            String key = "meal-reminder:" + slot.key() + ":" + person.id();
            // a run taken up again after a crash skips, without making its buttons again, whom it reached
            if (!outbox.knows(key) && outbox.enqueue(new Notification(key, null, person.chatId(),
                    reminder(person, slot)))) {
                queued++;
            }
        }
        return queued;
    }

    private Outgoing reminder(Person person, Slot slot) {
        Language l = person.lang();
        String meal = texts.meal(l, slot.meal());
        Map<String, String> yes = Map.of("date", slot.date().toString(), "meal", slot.meal().id(), "eat", "1");
        Map<String, String> no = Map.of("date", slot.date().toString(), "meal", slot.meal().id(), "eat", "0");
        return Outgoing.builder(texts.t(l, "meal.remind.text", meal, texts.day(l, slot.date()), texts.cutoff(l, slot)))
                .row(buttons.create(texts.t(l, "meal.remind.yes"), ANSWER, yes, person.id()),
                        buttons.create(texts.t(l, "meal.remind.no"), ANSWER, no, person.id()))
                .build();
    }
}
