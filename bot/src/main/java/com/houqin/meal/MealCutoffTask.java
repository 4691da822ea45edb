package com.houqin.meal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

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
 * At each meal's cut-off: writes down the standing registrations, records the final count and
 * sends it to every cook. A run that comes late (the service was down) handles every cut-off
 * it missed; each cook gets each final count once.
 */
@Component
class MealCutoffTask implements ScheduledTask {

    private static final Logger log = LoggerFactory.getLogger(MealCutoffTask.class);

    private final MealCalendar calendar;
    private final People people;
    private final Headcounts headcounts;
    private final StandingRegistrations standing;
    private final MealTallies tallies;
    private final HeadcountText text;
    private final HeadcountViews views;
    private final Outbox outbox;

    MealCutoffTask(MealCalendar calendar, People people, Headcounts headcounts, StandingRegistrations standing,
                   MealTallies tallies, HeadcountText text, HeadcountViews views, Outbox outbox) {
        this.calendar = calendar;
        this.people = people;
        this.headcounts = headcounts;
        this.standing = standing;
        this.tallies = tallies;
        this.text = text;
        this.views = views;
        this.outbox = outbox;
    }

    @Override
    public String name() {
        return "meal-cutoffs";
    }

    @Override
    public Schedule schedule() {
        return after -> calendar.nextCutoffAfter(after, Duration.ZERO);
    }

    @Override
    public void run(Instant scheduledFor) {
        calendar.forEachDue(scheduledFor, Duration.ZERO, this::close);
    }

    void close(Slot slot) {
        Map<Long, Person> everyone = headcounts.approvedPeople();
        int firm = standing.makeFirm(slot, everyone);
        Headcount count = headcounts.count(slot, everyone);
        tallies.recordFinal(slot, count.people(), count.guests());
        List<Person> cooks = people.withRole(Role.COOK);
        for (Person cook : cooks) {
            Language l = cook.lang();
            Outgoing message = Outgoing.builder(text.finalCount(l, count))
                    .row(views.cookButtons(l, cook.id(), slot.date(), List.of(count), true)).build();
            outbox.enqueue(new Notification("meal-final:" + slot.key() + ":" + cook.id(), null, cook.chatId(), message));
        }
        log.info("Meal {} closed: {} people, {} guests ({} standing registrations written); sent to {} cooks",
                slot.key(), count.people(), count.guests(), firm, cooks.size());
    }
}
