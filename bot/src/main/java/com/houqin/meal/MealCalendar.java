package com.houqin.meal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import com.houqin.meal.MealProperties.MealSetting;
import com.houqin.scheduler.BusinessCalendar;
import com.houqin.scheduler.CalendarProperties;

/**
 * The meals and their rules in time: which days each is served (never on holidays; also on
 * make-up working days), when each cut-off falls, and which days can be registered for (from
 * today to the end of next week).
 */
@Component
public class MealCalendar {

    /** How far back a late run of a task still handles the cut-offs it missed. */
    private static final Duration CATCH_UP = Duration.ofDays(2);
    private static final Duration NOTHING_SCHEDULED = Duration.ofDays(3650);

    private final List<Meal> meals;
    private final BusinessCalendar calendar;
    private final Set<LocalDate> makeUpDays;
    private final MealProperties properties;
    private final Clock clock;
    private final int maxDaysBefore;

    public MealCalendar(MealProperties properties, BusinessCalendar calendar, CalendarProperties calendarProperties,
                        Clock clock) {
        this.properties = properties;
        this.calendar = calendar;
        this.makeUpDays = Set.copyOf(calendarProperties.calendar().extraWorkingDays());
        this.clock = clock;
        this.meals = configuredMeals(properties);
        this.maxDaysBefore = meals.stream().mapToInt(Meal::daysBefore).max().orElse(0);
    }

    private static List<Meal> configuredMeals(MealProperties properties) {
        Map<String, MealSetting> merged = new LinkedHashMap<>();
        merged.put("breakfast", new MealSetting(null, LocalTime.of(18, 0), 1, null, true));
        merged.put("lunch", new MealSetting(null, LocalTime.of(9, 30), 0, null, true));
        merged.put("dinner", new MealSetting(null, LocalTime.of(14, 30), 0, null, true));
        properties.meals().forEach((id, setting) -> merged.merge(id, setting, (base, over) -> new MealSetting(
                over.name() != null ? over.name() : base.name(),
                over.cutoff() != null ? over.cutoff() : base.cutoff(),
                over.daysBefore() != null ? over.daysBefore() : base.daysBefore(),
                over.days() != null ? over.days() : base.days(),
                over.enabled() != null ? over.enabled() : base.enabled())));
        List<Meal> meals = new ArrayList<>();
        merged.forEach((id, s) -> {
            if (!Boolean.FALSE.equals(s.enabled())) {
                meals.add(new Meal(id, s.name(), s.cutoff(), s.daysBefore() == null ? 0 : s.daysBefore(),
                        s.days() == null || s.days().isEmpty() ? properties.serviceDays() : s.days()));
            }
        });
        meals.sort(Comparator.comparing(Meal::cutoffOffset).thenComparing(Meal::id));
        return List.copyOf(meals);
    }

    public List<Meal> meals() {
        return meals;
    }

    public Optional<Meal> meal(String id) {
        return meals.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Slot> slot(String date, String mealId) {
        try {
            LocalDate day = LocalDate.parse(date);
            return meal(mealId).map(m -> new Slot(day, m));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    public LocalDate today() {
        return calendar.today(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    public boolean isHoliday(LocalDate date) {
        return calendar.isHoliday(date);
    }

    public boolean serves(Slot slot) {
        LocalDate date = slot.date();
        return !calendar.isHoliday(date) && (slot.meal().days().contains(date.getDayOfWeek()) || makeUpDays.contains(date));
    }

    public boolean servesAny(LocalDate date) {
        return !slotsOn(date).isEmpty();
    }

    /** The meals served that day, in order. */
    public List<Slot> slotsOn(LocalDate date) {
        return meals.stream().map(m -> new Slot(date, m)).filter(this::serves).toList();
    }

    public Instant cutoff(Slot slot) {
        return calendar.at(slot.date().minusDays(slot.meal().daysBefore()), slot.meal().cutoff()).toInstant();
    }

    public boolean isOpen(Slot slot) {
        return clock.instant().isBefore(cutoff(slot));
    }

    /** The last day one may register for: the end of next week (with the default of one week ahead). */
    public LocalDate lastDay() {
        LocalDate today = today();
        LocalDate last = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusWeeks(properties.weeksAhead());
        // tomorrow at least: a reminder on Sunday for Monday's breakfast must be answerable
        return last.isAfter(today) ? last : today.plusDays(1);
    }

    public boolean inWindow(LocalDate date) {
        return !date.isBefore(today()) && !date.isAfter(lastDay());
    }

    /** The days that can still be registered for: in the window, with at least one meal still open. */
    public List<LocalDate> openDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today(); !d.isAfter(lastDay()); d = d.plusDays(1)) {
            if (slotsOn(d).stream().anyMatch(this::isOpen)) {
                days.add(d);
            }
        }
        return days;
    }

    /** Every served slot from today to the last day of the window. */
    public List<Slot> windowSlots() {
        List<Slot> slots = new ArrayList<>();
        for (LocalDate d = today(); !d.isAfter(lastDay()); d = d.plusDays(1)) {
            slots.addAll(slotsOn(d));
        }
        return slots;
    }

    /** The first instant after {@code after} that is {@code lead} before some served meal's cut-off. */
    public Instant nextCutoffAfter(Instant after, Duration lead) {
        LocalDate first = calendar.dateOf(after).minusDays(1);
        Instant best = null;
        for (LocalDate d = first; d.isBefore(first.plusDays(800)); d = d.plusDays(1)) {
            if (best != null && d.minusDays(maxDaysBefore + lead.toDays() + 2).isAfter(calendar.dateOf(best))) {
                break;
            }
            for (Slot slot : slotsOn(d)) {
                Instant at = cutoff(slot).minus(lead);
                if (at.isAfter(after) && (best == null || at.isBefore(best))) {
                    best = at;
                }
            }
        }
        return best != null ? best : after.plus(NOTHING_SCHEDULED);
    }

    /**
     * The served slots whose cut-off minus {@code lead} falls in [from, to]: what a run due at
     * {@code from} and running at {@code to} must handle (more than one when runs were missed).
     */
    public List<Slot> cutoffsBetween(Instant from, Instant to, Duration lead) {
        Instant start = from.isBefore(to.minus(CATCH_UP)) ? to.minus(CATCH_UP) : from;
        List<Slot> due = new ArrayList<>();
        LocalDate last = calendar.dateOf(to).plusDays(maxDaysBefore + lead.toDays() + 1);
        for (LocalDate d = calendar.dateOf(start).minusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            for (Slot slot : slotsOn(d)) {
                Instant at = cutoff(slot).minus(lead);
                if (!at.isBefore(start) && !at.isAfter(to)) {
                    due.add(slot);
                }
            }
        }
        return due;
    }

    /**
     * Runs {@code action} for every served slot whose cut-off minus {@code lead} falls between
     * {@code scheduledFor} and now, including any that fall due while the earlier ones are being
     * handled (a long run must not skip a cut-off that came during it).
     */
    public void forEachDue(Instant scheduledFor, Duration lead, Consumer<Slot> action) {
        Instant from = scheduledFor;
        Instant to = clock.instant();
        while (!from.isAfter(to)) {
            cutoffsBetween(from, to, lead).forEach(action);
            from = to.plusNanos(1);
            to = clock.instant();
            Instant next = nextCutoffAfter(from.minusNanos(1), lead);
            if (next.isAfter(to)) {
                return;
            }
        }
    }

    public Duration reminderLead() {
        return properties.reminderLead();
    }

    public int maxGuests() {
        return properties.maxGuests();
    }

    public List<String> canteens() {
        return properties.canteens();
    }

    public boolean hasSeveralCanteens() {
        return properties.canteens().size() > 1;
    }

    public Set<DayOfWeek> serviceDays() {
        return properties.serviceDays();
    }

    public BusinessCalendar businessCalendar() {
        return calendar;
    }
}
