package com.houqin.chat.form;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates and times the way people type them on a phone, in English or Chinese:
 * "2026-12-01", "12-1", "12/1", "12月1日", "today", "tomorrow", "明天", "后天", "fri", "周五";
 * "9:30", "930", "9", "9点半", "14点30", "2pm", "2:30 pm".
 */
public final class DateTimeInputs {

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern CHINESE_DATE = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号號]?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})[:：.](\\d{2})\\s*(am|pm)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{3,4})");
    private static final Pattern HOUR_ONLY = Pattern.compile("(\\d{1,2})\\s*(am|pm)?");
    private static final Pattern CHINESE_TIME = Pattern.compile("(上午|早上|下午|晚上)?(\\d{1,2})[点點时時](半|(\\d{1,2})分?)?");

    private static final Map<String, Integer> RELATIVE = Map.ofEntries(
            Map.entry("today", 0), Map.entry("今天", 0), Map.entry("今日", 0),
            Map.entry("tomorrow", 1), Map.entry("tmr", 1), Map.entry("明天", 1), Map.entry("明日", 1),
            Map.entry("day after tomorrow", 2), Map.entry("后天", 2), Map.entry("後天", 2));

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sun", DayOfWeek.SUNDAY), Map.entry("sunday", DayOfWeek.SUNDAY),
            Map.entry("周一", DayOfWeek.MONDAY), Map.entry("週一", DayOfWeek.MONDAY), Map.entry("星期一", DayOfWeek.MONDAY),
            Map.entry("周二", DayOfWeek.TUESDAY), Map.entry("週二", DayOfWeek.TUESDAY), Map.entry("星期二", DayOfWeek.TUESDAY),
            Map.entry("周三", DayOfWeek.WEDNESDAY), Map.entry("週三", DayOfWeek.WEDNESDAY), Map.entry("星期三", DayOfWeek.WEDNESDAY),
            Map.entry("周四", DayOfWeek.THURSDAY), Map.entry("週四", DayOfWeek.THURSDAY), Map.entry("星期四", DayOfWeek.THURSDAY),
            Map.entry("周五", DayOfWeek.FRIDAY), Map.entry("週五", DayOfWeek.FRIDAY), Map.entry("星期五", DayOfWeek.FRIDAY),
            Map.entry("周六", DayOfWeek.SATURDAY), Map.entry("週六", DayOfWeek.SATURDAY), Map.entry("星期六", DayOfWeek.SATURDAY),
            Map.entry("周日", DayOfWeek.SUNDAY), Map.entry("週日", DayOfWeek.SUNDAY), Map.entry("星期日", DayOfWeek.SUNDAY),
            Map.entry("星期天", DayOfWeek.SUNDAY));

    private DateTimeInputs() {
    }

    /**
     * A date; a month and day without a year means the nearest such day to {@code today}: "12-01"
     * typed on 2026-12-02 is yesterday, not a year ahead; "1-5" typed in late December is early
     * next year. Whether a past day is allowed is the caller's to say.
     */
    public static Optional<LocalDate> date(String text, LocalDate today) {
        String t = normalize(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (RELATIVE.containsKey(t)) {
            return Optional.of(today.plusDays(RELATIVE.get(t)));
        }
        if (WEEKDAYS.containsKey(t)) {
            DayOfWeek day = WEEKDAYS.get(t);
            int ahead = (day.getValue() - today.getDayOfWeek().getValue() + 7) % 7;
            return Optional.of(today.plusDays(ahead));
        }
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = CHINESE_DATE.matcher(t);
            if (m.matches()) {
                if (m.group(1) != null) {
                    return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
                }
                return Optional.of(nearestMonthDay(num(m, 2), num(m, 3), today));
            }
            m = MONTH_DAY.matcher(t);
            if (m.matches()) {
                return Optional.of(nearestMonthDay(num(m, 1), num(m, 2), today));
            }
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public static Optional<LocalTime> time(String text) {
        String t = normalize(text).replace(" ", "");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher m = CLOCK.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalTime.of(hour(num(m, 1), m.group(3)), num(m, 2)));
            }
            m = CHINESE_TIME.matcher(t);
            if (m.matches()) {
                int hour = num(m, 2);
                if (("下午".equals(m.group(1)) || "晚上".equals(m.group(1))) && hour < 12) {
                    hour += 12;
                }
                int minute = "半".equals(m.group(3)) ? 30 : m.group(4) != null ? num(m, 4) : 0;
                return Optional.of(LocalTime.of(hour, minute));
            }
            m = COMPACT.matcher(t);
            if (m.matches()) {
                int value = Integer.parseInt(m.group(1));
                return Optional.of(LocalTime.of(value / 100, value % 100));
            }
            m = HOUR_ONLY.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalTime.of(hour(num(m, 1), m.group(2)), 0));
            }
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A date and a time, such as "tomorrow 10:00", "12-1 15:30", "明天 10点"; a time alone means
     * {@code today}.
     */
    public static Optional<LocalDateTime> dateTime(String text, LocalDate today) {
        String t = normalize(text);
        Optional<LocalTime> timeOnly = time(t);
        if (timeOnly.isPresent()) {
            return Optional.of(LocalDateTime.of(today, timeOnly.get()));
        }
        for (int cut = t.length() - 1; cut > 0; cut--) {
            String datePart = t.substring(0, cut).strip();
            String timePart = t.substring(cut).strip();
            Optional<LocalDate> date = date(datePart, today);
            Optional<LocalTime> time = time(timePart);
            if (date.isPresent() && time.isPresent()) {
                return Optional.of(LocalDateTime.of(date.get(), time.get()));
            }
        }
        return Optional.empty();
    }

    private static LocalDate nearestMonthDay(int month, int day, LocalDate today) {
        LocalDate best = null;
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            LocalDate candidate;
            try {
                candidate = LocalDate.of(year, month, day);
            } catch (DateTimeException notThatYear) {
                continue; // 02-29 only exists in leap years
            }
            if (best == null || distance(candidate, today) < distance(best, today)) {
                best = candidate;
            }
        }
        if (best == null) {
            throw new DateTimeException("no such day: " + month + "-" + day);
        }
        return best;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static int hour(int hour, String amPm) {
        if (amPm == null) {
            return hour;
        }
        if (hour < 1 || hour > 12) {
            throw new DateTimeException("not a 12-hour clock hour: " + hour);
        }
        return "pm".equals(amPm) ? hour % 12 + 12 : hour % 12;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            // full-width digits and punctuation, as Chinese keyboards type them
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '／') {
                b.append('/');
            } else if (c == '－') {
                b.append('-');
            } else {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
