package com.houqin.meal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import com.houqin.people.Person;
import com.houqin.scheduler.Schedule;
import com.houqin.scheduler.ScheduledTask;
import com.houqin.scheduler.Schedules;

/**
 * Deletes registrations older than {@code houqin.meal.keep-registrations}, a week of days at a
 * time, by id (the final and served counts stay in {@code meal_tallies}).
 */
@Component
class MealHousekeeping implements ScheduledTask {

    private static final Logger log = LoggerFactory.getLogger(MealHousekeeping.class);
    private static final int DAYS_PER_RUN = 7;

    private final MealCalendar calendar;
    private final MealRegistrations registrations;
    private final MongoTemplate mongo;
    private final MealProperties properties;

    MealHousekeeping(MealCalendar calendar, MealRegistrations registrations, MongoTemplate mongo,
                     MealProperties properties) {
        this.calendar = calendar;
        this.registrations = registrations;
        this.mongo = mongo;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "meal-housekeeping";
    }

    @Override
    public Schedule schedule() {
        return Schedules.dailyAt(LocalTime.of(3, 15), calendar.businessCalendar(), day -> true);
    }

    @Override
    public void run(Instant scheduledFor) {
        LocalDate keepFrom = calendar.today().minusDays(properties.keepRegistrations().toDays());
        List<Long> everyone = personIds();
        long removed = 0;
        for (LocalDate day = keepFrom.minusDays(DAYS_PER_RUN); day.isBefore(keepFrom); day = day.plusDays(1)) {
            List<String> ids = new ArrayList<>();
            for (Meal meal : calendar.meals()) {
                Slot slot = new Slot(day, meal);
                everyone.forEach(id -> ids.add(slot.registrationId(id)));
            }
            removed += registrations.remove(ids);
        }
        log.debug("Meal housekeeping removed {} registrations before {}", removed, keepFrom);
    }

    /** Everyone ever known, whatever their status: a deactivated person’s registrations go too. */
    private List<Long> personIds() {
        Query all = new Query();
        all.fields().include("_id");
        return mongo.find(all, Document.class, mongo.getCollectionName(Person.class)).stream()
                .map(d -> ((Number) d.get("_id")).longValue()).toList();
    }
}
