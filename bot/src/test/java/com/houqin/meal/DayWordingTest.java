package com.houqin.meal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.houqin.i18n.Language;
import com.houqin.people.Person;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** A day inside a sentence reads as part of it, in every language; another year's day shows its year. */
class DayWordingTest extends MealTestSupport {

    @Test
    void aLockedMealSaysTodayInTheSentence() {
        at(THURSDAY + "T09:31");
        Phone ann = approved("Ann", "Finance");
        Phone wang = approved("Wang", "Finance");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(wang.id())),
                new Update().set("language", Language.ZH_HANS), Person.class);

        ann.send("/meal today");
        ann.tap(ann.expect(m -> m.text().startsWith("🍽 ")), "🔒 Lunch");
        assertThat(ann.expect("is locked").text()).contains("🔒 Lunch today (Thu 03-04) is locked");

        wang.send("/meal today");
        wang.tap(wang.expect(m -> m.text().startsWith("🍽 ")), "🔒 午餐");
        assertThat(wang.expect("已锁定").text()).contains("🔒 今天（3月4日 周四）的午餐已锁定");
    }

    @Test
    void guestsAreAskedForTheMealOnTheDay() {
        at(THURSDAY + "T08:00");
        Phone ann = approved("Ann", "Finance");
        register(ann, "tomorrow", "Lunch");
        ann.tap("👥 Guests");
        ann.tap(ann.expect("Guests for which meal"), "Lunch");
        ann.expect("How many guests for Lunch tomorrow (Fri 03-05)?");
    }

    @Test
    void aDayInAnotherYearShowsTheYear() {
        at("2027-12-31T08:00");
        Phone chen = cook("Chen");
        chen.send("/headcount");
        SentMessage count = chen.expect("📊 Headcount");
        assertThat(count.buttonLabels()).contains("« Thu 12-30", "Tomorrow, Sat 2028-01-01 »");
    }
}
