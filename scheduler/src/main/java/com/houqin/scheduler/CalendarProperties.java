package com.houqin.scheduler;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code houqin.timezone} and {@code houqin.calendar.*}: the business calendar's settings.
 * Extra working days are the weekend days some countries work to make up for a long holiday.
 */
@ConfigurationProperties("houqin")
public record CalendarProperties(
        @DefaultValue("Asia/Shanghai") ZoneId timezone,
        @DefaultValue Calendar calendar) {

    public record Calendar(
            @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) Set<DayOfWeek> workingDays,
            @DefaultValue List<LocalDate> holidays,
            @DefaultValue List<LocalDate> extraWorkingDays,
            @DefaultValue("08:30") LocalTime workStarts,
            @DefaultValue("17:30") LocalTime workEnds) {
    }

    public BusinessCalendar toCalendar() {
        Set<DayOfWeek> days = calendar.workingDays().isEmpty()
                ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(calendar.workingDays());
        return new BusinessCalendar(timezone, days, Set.copyOf(calendar.holidays()),
                Set.copyOf(calendar.extraWorkingDays()), calendar.workStarts(), calendar.workEnds());
    }
}
