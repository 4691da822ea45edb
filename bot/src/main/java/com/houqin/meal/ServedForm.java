package com.houqin.meal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.Choice;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.FormDefinition;
import com.houqin.chat.form.Question;
import com.houqin.chat.form.Step;
import com.houqin.people.Role;

/** After service, a cook enters how many were served; the difference to the registrations is the waste. */
@Component
class ServedForm implements FormDefinition {

    static final String NAME = "meal-served";
    private static final int MAX_SERVED = 100_000;

    private final MealCalendar calendar;
    private final Headcounts headcounts;
    private final MealTallies tallies;
    private final MealTexts texts;

    ServedForm(MealCalendar calendar, Headcounts headcounts, MealTallies tallies, MealTexts texts) {
        this.calendar = calendar;
        this.headcounts = headcounts;
        this.tallies = tallies;
        this.texts = texts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Access access() {
        return Access.roles(Role.COOK);
    }

    @Override
    public String restartCommand() {
        return "/headcount";
    }

    @Override
    public List<Step> steps() {
        return List.of(
                Question.ask("meal")
                        .prompt((in, d) -> in.t("meal.served.which", day(in, d)))
                        .choices((in, d) -> calendar.slotsOn(LocalDate.parse(d.get("date"))).stream()
                                .filter(s -> !calendar.isOpen(s))
                                .map(s -> new Choice(texts.meal(in.language(), s.meal()), s.meal().id())).toList())
                        .perRow(3).build(),
                Question.ask("count")
                        .prompt((in, d) -> in.t("meal.served.how-many", mealName(in, d), day(in, d),
                                headcounts.count(slot(d)).total()))
                        .choices((in, d) -> near(headcounts.count(slot(d)).total()).stream()
                                .map(n -> new Choice(String.valueOf(n), String.valueOf(n))).toList())
                        .perRow(7)
                        .text((in, d, text) -> NumberInput.count(text, MAX_SERVED, "meal.served.too-many"))
                        .build());
    }

    @Override
    public void complete(Incoming in, FormData d) {
        Slot slot = slot(d);
        int served = d.getInt("count", 0);
        int registered = headcounts.count(slot).total();
        tallies.recordServed(slot, served, registered, in.approvedPerson().id());
        in.say("meal.served.saved", mealName(in, d), day(in, d), served, registered, registered - served);
    }

    /** Buttons around the registered count (a few more or fewer served is usual); other numbers are typed. */
    static List<Integer> near(int registered) {
        int step = Math.max(1, registered / 20);
        return java.util.stream.IntStream.of(-4 * step, -2 * step, -1, 0, 1, 2 * step, 4 * step)
                .map(o -> registered + o).filter(n -> n >= 0 && n <= MAX_SERVED).distinct().boxed().toList();
    }

    private Slot slot(FormData d) {
        return calendar.slot(d.get("date"), d.get("meal")).orElseThrow();
    }

    private String day(Incoming in, FormData d) {
        return texts.onDay(in.language(), LocalDate.parse(d.get("date")));
    }

    private String mealName(Incoming in, FormData d) {
        return calendar.meal(d.get("meal")).map(m -> texts.meal(in.language(), m)).orElse(d.get("meal", ""));
    }
}
