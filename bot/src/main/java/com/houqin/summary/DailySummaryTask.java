package com.houqin.summary;

import java.time.Instant;

import org.springframework.stereotype.Component;

import com.houqin.outbox.Notification;
import com.houqin.outbox.Outbox;
import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.scheduler.BusinessCalendar;
import com.houqin.scheduler.Schedule;
import com.houqin.scheduler.ScheduledTask;
import com.houqin.scheduler.Schedules;
import com.houqin.telegram.Outgoing;

/** Sends every manager the summary at {@code houqin.summary.time} on working days. */
@Component
class DailySummaryTask implements ScheduledTask {

    private final Summaries summaries;
    private final People people;
    private final Outbox outbox;
    private final BusinessCalendar calendar;
    private final SummaryProperties properties;

    DailySummaryTask(Summaries summaries, People people, Outbox outbox, BusinessCalendar calendar,
                     SummaryProperties properties) {
        this.summaries = summaries;
        this.people = people;
        this.outbox = outbox;
        this.calendar = calendar;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "daily-summary";
    }

    @Override
    public Schedule schedule() {
        return Schedules.workingDaysAt(properties.time(), calendar);
    }

    @Override
    public void run(Instant scheduledFor) {
        String day = calendar.dateOf(scheduledFor).toString();
        for (Person manager : people.withRole(Role.MANAGER)) {
            outbox.enqueue(new Notification("summary:" + day + ":" + manager.id(), null, manager.chatId(),
                    Outgoing.text(summaries.compose(manager.lang(), manager.roles()))));
        }
    }
}
