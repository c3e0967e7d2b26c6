"""Synthetic people for the demo workspace: households of a public-housing flat.

Everything is drawn from one `random.Random`, so a seed gives the same people every time. In
Malaysia (Kuala Lumpur / Selangor PPR) names follow Malay (bin/binti), Chinese (surname first)
and Indian (a/l, a/p) conventions; MyKad numbers agree with birth date, place of birth and sex;
incomes sit around the PGK so that a realistic share of households is poor. Vietnamese and
Persian households take their names, IDs, amounts and aid from app.survey.demo_countries. Field
names are those of docs/household-form.md.
"""

from __future__ import annotations

import math
import random
from bisect import bisect
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from itertools import accumulate
from typing import Any

from app.survey import mykad
from app.survey.demo_countries import MALAYSIA, NAMES, DemoCountry

# fmt: off
MALAY_MEN = (
    "Ahmad", "Muhammad Hafiz", "Mohd Faizal", "Abdul Rahman", "Azman", "Ismail", "Kamarul",
    "Razak", "Syafiq", "Zulkifli", "Amirul", "Hakim", "Irfan", "Nazri", "Roslan", "Shahrul",
    "Mohd Rizal", "Khairul Anuar", "Ahmad Fauzi", "Hasnul", "Mohamad Yusof", "Saiful Bahri",
    "Hairul Nizam", "Aiman", "Danish", "Haziq", "Muhammad Adam", "Ariff", "Badrul Hisham",
    "Zainal Abidin", "Osman", "Hassan", "Jamaluddin", "Rahim", "Sulaiman", "Yahya", "Azlan",
)
MALAY_WOMEN = (
    "Siti Aminah", "Nur Aisyah", "Nurul Huda", "Fatimah", "Zainab", "Rohani", "Salmah",
    "Noraini", "Farah Nadia", "Aishah", "Nur Hidayah", "Norliza", "Rosnah", "Siti Nurhaliza",
    "Nur Izzati", "Maisarah", "Aina Sofea", "Puteri Balqis", "Norhayati", "Rahmah", "Habsah",
    "Zaleha", "Sharifah", "Hasnah", "Wan Normah", "Nur Syafiqah", "Aleya", "Khadijah", "Hamidah",
)
CHINESE_SURNAMES = (
    "Tan", "Lim", "Lee", "Wong", "Ng", "Chan", "Ong", "Goh", "Teh", "Chong", "Yap", "Low",
    "Leong", "Chin", "Liew", "Koh", "Cheah", "Foo", "Lau", "Tay", "Khoo", "Loh", "Yeoh", "Chua",
)
CHINESE_MEN = (
    "Ah Kow", "Wei Jie", "Kok Wai", "Chee Keong", "Boon Huat", "Kah Seng", "Jun Hao", "Wai Lun",
    "Teck Soon", "Yong Sheng", "Zi Xuan", "Ming Hui", "Kian Meng", "Soon Lee", "Hock Seng",
)
CHINESE_WOMEN = (
    "Mei Ling", "Siew Lan", "Pei Shan", "Hui Min", "Ai Ling", "Xin Yi", "Li Ying", "Yoke Chan",
    "Swee Lin", "Mun Yee", "Kah Yan", "Sook Fun", "Wen Qi", "Chooi Peng", "Geok Hoon",
)
INDIAN_MEN = (
    "Muthu", "Ravi", "Suresh", "Kumar", "Ganesan", "Rajendran", "Selvam", "Arumugam", "Vijay",
    "Kannan", "Murugan", "Saravanan", "Prakash", "Devan", "Thinesh", "Kishore", "Raj Kumar",
    "Maniam", "Subramaniam", "Palani", "Ramasamy", "Sivakumar",
)
INDIAN_WOMEN = (
    "Kavitha", "Lakshmi", "Devi", "Priya", "Saraswathy", "Malar", "Santhi", "Vani", "Kalaivani",
    "Revathi", "Kogilavani", "Meena", "Parvathy", "Shalini", "Thilaga", "Yamuna", "Nirmala",
)

SIZES = tuple(zip(range(1, 13), (10, 14, 17, 19, 15, 10, 6, 4, 2.5, 1.5, 0.6, 0.4), strict=True))
YOUNG_ADULT_EDUCATION = (("lower_secondary", 2), ("upper_secondary", 7), ("vocational", 1))
EDUCATION_YEARS = {
    "none": 0, "primary": 6, "lower_secondary": 9, "upper_secondary": 11, "vocational": 12,
    "college": 13, "university": 16,
}
WORK_60_PLUS = (
    ("retired", 45), ("self_employed", 15), ("employee_no_contract", 10),
    ("unable_to_work", 15), ("homemaker", 15),
)
WORK_WOMEN = (
    ("homemaker", 40), ("employee_contract", 22), ("employee_no_contract", 16),
    ("self_employed", 15), ("unemployed", 4), ("unable_to_work", 3),
)
WORK_YOUNG = (
    ("employee_no_contract", 40), ("employee_contract", 30), ("unemployed", 18),
    ("self_employed", 8), ("family_worker", 4),
)
WORK_ADULTS = (
    ("employee_contract", 45), ("employee_no_contract", 22), ("self_employed", 20),
    ("unemployed", 6), ("unable_to_work", 5), ("employer", 2),
)
ASSETS = (
    "tv", "mobile_phone", "refrigerator", "washing_machine", "motorbike", "car", "computer",
    "internet", "air_conditioner", "radio", "bicycle", "telephone",
)

# Members without a MyKad (lodgers, helpers), and religion by ethnic group.
NO_ID_CITIZENSHIP = (("foreign", 70), ("no_document", 15), ("permanent_resident", 15))
RELIGIONS = {
    "malay": (("islam", 1),),
    "chinese": (("buddhism", 70), ("christianity", 12), ("chinese_folk", 12), ("none", 6)),
    "indian": (("hinduism", 84), ("christianity", 9), ("islam", 6), ("none", 1)),
    "other": (("islam", 55), ("christianity", 25), ("hinduism", 10), ("buddhism", 10)),
}
SINGLE_HEAD_OLD = (("widowed", 60), ("divorced", 20), ("separated", 5), ("never_married", 15))
SINGLE_HEAD_YOUNG = (("never_married", 55), ("divorced", 30), ("separated", 10), ("widowed", 5))
PARENT_MARITAL = (("widowed", 55), ("married", 45))
OTHER_MARITAL = (("never_married", 60), ("married", 25), ("divorced", 10), ("widowed", 5))
SKILLS = (
    ("none", 62), ("sewing", 8), ("mechanic", 7), ("carpentry", 5), ("handicraft", 5),
    ("farming", 3), ("fishing", 2), ("other", 8),
)
# (disease, chance) by age group: under 40, 40-59, 60 and over.
YOUNG_DISEASES = (("asthma", 0.04), ("gastric", 0.01), ("other", 0.005))
ADULT_DISEASES = (
    ("hypertension", 0.2), ("diabetes", 0.14), ("asthma", 0.04), ("gout", 0.04),
    ("heart", 0.03), ("kidney", 0.01), ("gastric", 0.02),
)
OLD_DISEASES = (
    ("hypertension", 0.45), ("diabetes", 0.3), ("heart", 0.1), ("gout", 0.08),
    ("kidney", 0.04), ("stroke", 0.03), ("cancer", 0.02), ("asthma", 0.04),
)
TREATMENT = (
    ("government_clinic", 60), ("government_hospital", 25), ("private_clinic", 10),
    ("traditional", 2), ("not_treated", 3),
)
DISABILITIES = (
    ("physical", 40), ("vision", 15), ("hearing", 15), ("learning", 10), ("mental", 8),
    ("speech", 5), ("bedridden", 5), ("other", 2),
)
TENURE = (
    ("rented_public", 78), ("owned_paying", 9), ("owned", 7), ("free", 3), ("rented_private", 3),
)
# The largest amount the form takes (its constraint on incomes and aid).
MAX_AMOUNT = 1_000_000_000
# The form's calculated currency, by country.
CURRENCY_CODES = {"my": "RM", "vn": "VND", "ir": "IRR"}
OTHER_AGENCIES = ("Yayasan Basmi Kemiskinan", "Persatuan Penduduk PPR", "Wakil rakyat (ADUN)")

# fmt: on


@dataclass
class Person:
    relationship: str
    name: str
    sex: str
    birth_date: date
    age: int
    national_id: str | None
    answers: dict[str, Any] = field(default_factory=dict)  # the member's form answers


_CUMULATIVE: dict[int, tuple[list[Any], list[float]]] = {}


def _weighted(rng: random.Random, pairs: tuple[tuple[Any, float], ...]) -> Any:
    """One value of `pairs` ((value, weight), ...), drawn by weight; tables are cached by id
    because `random.choices` recomputes the running sums on every call (slow at 400,000 people)."""
    table = _CUMULATIVE.get(id(pairs))
    if table is None:
        table = ([p[0] for p in pairs], list(accumulate(p[1] for p in pairs)))
        _CUMULATIVE[id(pairs)] = table
    values, sums = table
    return values[bisect(sums, rng.random() * sums[-1])]


class People:
    """Makes households; remembers the national IDs it gave out so none repeats."""

    def __init__(self, rng: random.Random, today: date, country: DemoCountry = MALAYSIA) -> None:
        self.rng = rng
        self.today = today
        self.country = country
        self._ids: set[str] = set()

    # -- identity ------------------------------------------------------------------------
    def _birth(self, age: int) -> tuple[date, int]:
        # rng.random() rather than randint: this runs 400,000 times for a 100,000 demo.
        birth = self.today - timedelta(days=int(age * 365.25) + 1 + int(self.rng.random() * 360))
        years = self.today.year - birth.year
        if (self.today.month, self.today.day) < (birth.month, birth.day):
            years -= 1
        return birth, years

    def _national_id(self, birth: date, sex: str) -> str:
        rng = self.rng
        new_id = self.country.new_id
        if new_id is not None:
            while True:
                number = new_id(rng, birth, sex, self.country.id_places)
                if number not in self._ids:
                    self._ids.add(number)
                    return number
        if rng.random() < 0.01:
            place = rng.choice(mykad.OUTSIDE_MALAYSIA)
        else:
            codes = mykad.STATE_CODES[_weighted(rng, self.country.id_places)]
            # Older people were registered under the older codes more often.
            place = codes[0] if birth.year >= 1990 or rng.random() < 0.6 else rng.choice(codes)
        born = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}{place}"
        parity = 1 if sex == "male" else 0
        while True:
            serial, last = int(rng.random() * 1000), int(rng.random() * 5) * 2 + parity
            number = f"{born}{serial:03d}{last}"
            if number not in self._ids:
                self._ids.add(number)
                return number

    def _name(
        self, ethnicity: str, sex: str, father: str, surname: str, given: str | None = None
    ) -> tuple[str, str]:
        """(full name, given name) for someone whose father's given name / surname is known."""
        rng = self.rng
        if ethnicity == "malay":
            while given is None or given == father:  # a son seldom carries his father's name
                given = rng.choice(MALAY_MEN if sex == "male" else MALAY_WOMEN)
            return f"{given} {'bin' if sex == 'male' else 'binti'} {father}", given
        if ethnicity == "indian":
            while given is None or given == father:
                given = rng.choice(INDIAN_MEN if sex == "male" else INDIAN_WOMEN)
            return f"{given} {'a/l' if sex == 'male' else 'a/p'} {father}", given
        style = NAMES.get(ethnicity)
        if style is not None:
            given = given or rng.choice(style.men if sex == "male" else style.women)
            if style.pattern == "surname_last":
                return f"{given} {surname}", given
            return f"{surname} {given}", given
        given = given or rng.choice(CHINESE_MEN if sex == "male" else CHINESE_WOMEN)
        return f"{surname} {given}", given

    def _fathers(self, ethnicity: str) -> tuple[str, str]:
        rng = self.rng
        style = NAMES.get(ethnicity)
        if style is not None:
            return rng.choice(style.men), rng.choice(style.surnames)
        men = {"malay": MALAY_MEN, "indian": INDIAN_MEN}.get(ethnicity, CHINESE_MEN)
        return rng.choice(men), rng.choice(CHINESE_SURNAMES)

    def _person(
        self,
        relationship: str,
        ethnicity: str,
        sex: str,
        age: int,
        father: str,
        surname: str,
        given: str | None = None,
    ) -> tuple[Person, str]:
        birth, age = self._birth(age)
        name, given = self._name(ethnicity, sex, father, surname, given)
        no_id = relationship == "non_relative" and self.rng.random() < 0.5
        national_id = None if no_id else self._national_id(birth, sex)
        return Person(relationship, name, sex, birth, age, national_id), given

    # -- a household -------------------------------------------------------------------
    def household(self) -> list[Person]:
        """The members of one household, the head first."""
        rng = self.rng
        size = _weighted(rng, SIZES)
        ethnicity = _weighted(rng, self.country.ethnicities)
        head_sex = "male" if rng.random() < (0.55 if size == 1 else 0.8) else "female"
        head_age = int(rng.triangular(24, 82, 44)) if size > 1 else int(rng.triangular(22, 88, 62))
        father, surname = self._fathers(ethnicity)
        head, head_given = self._person("head", ethnicity, head_sex, head_age, father, surname)
        people = [head]
        married = size >= 2 and rng.random() < 0.85
        dad_given, dad_surname = (head_given, surname) if head_sex == "male" else ("", "")
        mother_age = head.age if head_sex == "female" else None
        if married:
            spouse_sex = "female" if head_sex == "male" else "male"
            spouse_age = max(
                18, head.age + rng.randint(-8, 4) * (1 if spouse_sex == "female" else -1)
            )
            sp_father, sp_surname = self._fathers(ethnicity)
            spouse, spouse_given = self._person(
                "spouse", ethnicity, spouse_sex, spouse_age, sp_father, sp_surname
            )
            people.append(spouse)
            if spouse_sex == "male":
                dad_given, dad_surname = spouse_given, sp_surname
            else:
                mother_age = spouse.age
        if not dad_given:  # single mother: the children carry their absent father's names
            dad_given, dad_surname = self._fathers(ethnicity)
        mother_age = mother_age or head.age
        remaining = size - len(people)
        children = min(remaining, rng.randint(max(0, remaining - 2), remaining), 7)
        for _ in range(children):
            oldest = max(0, min(mother_age - 18, 35))
            age = rng.randint(0, oldest) if oldest else 0
            sex = rng.choice(("male", "female"))
            child, _ = self._person("child", ethnicity, sex, age, dad_given, dad_surname)
            people.append(child)
        others = size - len(people)
        parent_sexes = ["female", "male"] if rng.random() < 0.6 else ["male", "female"]
        for n in range(others):
            sex = rng.choice(("male", "female"))
            if n < 2 and head.age < 60:
                relationship, age = "parent", min(95, head.age + rng.randint(22, 34))
                sex = parent_sexes[n]
            elif any(p.relationship == "child" and p.age >= 19 for p in people):
                relationship, age = "grandchild", rng.randint(0, 9)
            else:
                relationship = rng.choice(("sibling", "other_relative", "non_relative"))
                age = rng.randint(15, 60)
            f_given, f_surname = self._fathers(ethnicity)
            own = None
            if relationship == "parent" and sex == "male":
                # The head's father is the one named in the head's own name ("... bin Roslan").
                own, f_surname = father, surname
                while f_given == own:
                    f_given = self._fathers(ethnicity)[0]
            elif relationship == "sibling":
                f_given, f_surname = father, surname
            person, _ = self._person(relationship, ethnicity, sex, age, f_given, f_surname, own)
            people.append(person)
        for person in people:
            person.answers = self._member_answers(person, ethnicity, married)
        return people

    # -- the member's page of the form -------------------------------------------------
    def _member_answers(self, person: Person, ethnicity: str, married: bool) -> dict[str, Any]:
        """The member's answers as a completed interview keeps them: in the form's order, only
        the questions the member's age (and answers) make relevant."""
        rng, age = self.rng, person.age
        a: dict[str, Any] = {
            "name": person.name,
            "relationship": person.relationship,
            "sex": person.sex,
            "age": age,
            "age_minimum": 15 if person.relationship == "head" else 0,  # the form's calculation
            "dob": person.birth_date.isoformat(),
        }
        malaysian = self.country is MALAYSIA
        if person.national_id:
            number = person.national_id
            a["national_id"] = mykad.formatted(number) if malaysian else number
            a["citizenship"] = "citizen"
            group = ethnicity
        else:  # a lodger or helper without a national ID: often from abroad
            a["citizenship"] = _weighted(rng, NO_ID_CITIZENSHIP)
            group = ethnicity if a["citizenship"] == "permanent_resident" else "other"
        if malaysian:  # only Malaysia's form asks it
            a["ethnicity"] = group
        a["religion"] = _weighted(rng, self.country.religions.get(group) or RELIGIONS[group])
        if age >= 15:
            a["marital_status"] = self._marital(person, married)
        in_school = None
        if 5 <= age <= 24:
            chance = 0.7 if age < 7 else 0.96 if age <= 17 else 0.3
            in_school = "yes" if rng.random() < chance else "no"
            a["in_school"] = in_school
        if age >= 5:
            if age < 13:
                level = "none"
            elif age < 16:
                level = "primary"
            elif age < 18:
                level = "lower_secondary"
            elif age < 21:
                level = _weighted(rng, YOUNG_ADULT_EDUCATION)
            else:
                own = self.country
                level = _weighted(rng, own.old_education if age >= 60 else own.adult_education)
            a["education_level"] = level
            a["years_schooling"] = EDUCATION_YEARS[level] if age >= 18 else max(0, min(age - 6, 11))
        status = self._employment(person, in_school)
        if age >= 15:
            skill = _weighted(rng, SKILLS)
            a["skills"] = [skill]
            if skill == "other":
                a["skills_other"] = rng.choice(self.country.other_skills)
            a["employment_status"] = status
            if status in self.country.occupations:
                a["occupation"] = rng.choice(self.country.occupations[status])
        a["chronic_diseases"] = self._diseases(age)
        if a["chronic_diseases"] != ["none"]:
            a["treatment_place"] = _weighted(rng, TREATMENT)
        disabled = rng.random() < (0.12 if age >= 60 else 0.03)
        a["disability"] = "yes" if disabled else "no"
        if disabled:
            a["disability_type"] = [_weighted(rng, DISABILITIES)]
            if rng.random() < 0.6:  # registered with JKM
                a["oku_number"] = f"OKU{int(rng.random() * 10**8):08d}"
        a["health_insurance"] = "yes" if rng.random() < 0.25 else "no"
        if age < 70:
            a["undernourished"] = _weighted(rng, self.country.undernourished)
        wages, self_employment, transfers = map(self._money, self._income(status, age))
        if age >= 15:
            a["income_wages"] = wages
            a["income_self_employment"] = self_employment
            a["income_transfers"] = transfers
        a["member_income"] = wages + self_employment + transfers
        return a

    def _marital(self, person: Person, married: bool) -> str:
        relationship = person.relationship
        pairs: tuple[tuple[str, float], ...]
        if relationship == "spouse" or (relationship == "head" and married):
            return "married"
        if relationship == "head":
            pairs = SINGLE_HEAD_OLD if person.age >= 50 else SINGLE_HEAD_YOUNG
        elif relationship == "parent":
            pairs = PARENT_MARITAL
        elif relationship in ("child", "grandchild") and person.age < 25:
            return "never_married"
        else:
            pairs = OTHER_MARITAL
        return str(_weighted(self.rng, pairs))

    def _diseases(self, age: int) -> list[str]:
        rng = self.rng
        table = OLD_DISEASES if age >= 60 else ADULT_DISEASES if age >= 40 else YOUNG_DISEASES
        found = [name for name, chance in table if rng.random() < chance]
        return found or ["none"]

    def _employment(self, person: Person, in_school: str | None) -> str:
        age = person.age
        if age < 15:
            return "child"
        if in_school == "yes":
            return "student"
        pairs: tuple[tuple[str, float], ...]
        if age >= 60:
            pairs = WORK_60_PLUS
        elif person.sex == "female" and person.relationship in ("spouse", "head", "parent"):
            pairs = WORK_WOMEN
        elif age < 25:
            pairs = WORK_YOUNG
        else:
            pairs = WORK_ADULTS
        return str(_weighted(self.rng, pairs))

    def _income(self, status: str, age: int) -> tuple[float, float, float]:
        rng = self.rng

        def around(median: float, spread: float, floor: float = 0) -> float:
            return float(max(floor, round(median * math.exp(rng.gauss(0, spread)), -1)))

        wages = self_employment = transfers = 0.0
        if status == "employee_contract":
            wages = around(2300, 0.35, 1500)
        elif status == "employee_no_contract":
            wages = around(1500, 0.45, 400)
        elif status == "self_employed":
            self_employment = around(1700, 0.6, 200)
        elif status == "employer":
            self_employment = around(3500, 0.5, 1000)
        elif status == "family_worker":
            wages = float(rng.choice((0, 200, 300, 500)))
        if status == "retired" and rng.random() < 0.4:
            transfers = around(1100, 0.4, 300)  # a pension
        elif status in ("retired", "unable_to_work", "homemaker") and age >= 60:
            transfers = float(rng.choice((0, 0, 300, 350, 500)))  # welfare aid, children's help
        elif status == "unable_to_work" and rng.random() < 0.6:
            transfers = float(rng.choice((300, 350, 450)))
        return wages, self_employment, transfers

    def _money(self, ringgit: float) -> float:
        """An amount drawn in ringgit, in the country's currency (rounded as people say it)."""
        if self.country is MALAYSIA:
            return ringgit
        amount = round(ringgit * self.country.income_scale, -self.country.income_round)
        return float(min(amount, MAX_AMOUNT))

    def household_answers(
        self, people: list[Person], location: dict[str, Any], day: date
    ) -> dict[str, Any]:
        """A completed interview's answer tree for these people, interviewed on `day` at
        `location` (consent .. gps): every relevant question answered, in the form's order,
        with the calculated totals the form engine would store."""
        rng = self.rng
        own = self.country
        tree: dict[str, Any] = {"consent": "OK", "interview_date": day.isoformat(), **location}
        members = asked_once([dict(p.answers) for p in people])
        for line, member in enumerate(members, start=1):
            tree_member = {"line_number": line, **member}
            members[line - 1] = tree_member
        tree["members"] = members
        tree["dwelling_type"] = "flat"
        tree["tenure"] = _weighted(rng, TENURE)
        tree["housing_quality"] = "permanent"
        tree["floor_material"] = rng.choice(("ceramic_tiles", "cement", "vinyl", "ceramic_tiles"))
        tree["roof_material"] = "concrete"
        tree["wall_material"] = rng.choice(("concrete", "brick", "cement_blocks"))
        floor_area = float(rng.choice((55, 60, 62, 65, 65, 70)))
        tree["floor_area"] = floor_area
        tree["rooms"] = 3 if rng.random() < 0.85 else 2
        tree["water_source"] = "piped_dwelling"  # so water_at_home and water_minutes are not asked
        tree["toilet_type"] = "flush_sewer"
        shared = own.toilet_shared and rng.random() < own.toilet_shared
        tree["toilet_shared"] = "yes" if shared else "no"
        tree["cooking_fuel"] = rng.choice(("lpg",) * 9 + ("electricity",))
        tree["electricity"] = "yes"
        assets = [a for a in ASSETS if rng.random() < _ASSET_CHANCE[a]]
        tree["assets"] = assets or ["none"]
        tree["telecom_use"] = "yes" if "mobile_phone" in assets or rng.random() < 0.5 else "no"
        muslim = members[0]["religion"] == "islam"
        chances = own.savings_muslim if muslim else own.savings
        savings = [n for n, c in chances if rng.random() < c]
        tree["savings"] = savings or ["none"]
        tree["sick_untreated"] = "yes" if rng.random() < 0.06 else "no"
        tree["child_deaths_5y"] = 1 if rng.random() < 0.01 else 0
        income_property = self._money(float(rng.choice((0,) * 19 + (300,))))
        income_other = self._money(float(rng.choice((0, 0, 0, 100, 150, 200, 300))))  # cash aid
        tree["income_property"] = income_property
        tree["income_other"] = income_other
        aided = bool(income_other) or rng.random() < 0.3
        tree["assistance_received"] = "yes" if aided else "no"
        # An empty list when none was received: a repeat that is not asked, as the engine keeps it.
        tree["assistance"] = self._assistance(people, day) if aided else []
        size = len(members)
        total = sum(m["member_income"] for m in members) + income_property + income_other
        aid = sum(r["assistance_amount"] for r in tree.get("assistance", ()))
        tree["hh_size"] = size
        tree["total_income"] = total
        tree["income_per_capita"] = total / size
        tree["area_per_capita"] = floor_area / size
        tree["assistance_total"] = aid
        display = own.currency_display
        tree["currency"] = CURRENCY_CODES[own.code]
        tree["total_income_display"] = display(_xpath_round(total, 2))
        tree["income_per_capita_display"] = display(_xpath_round(total / size, 2))
        tree["assistance_total_display"] = display(_xpath_round(aid, 2))
        tree["area_per_capita_display"] = _xpath_round(floor_area / size, 1, text=False)
        if rng.random() < 0.05:
            tree["enumerator_notes"] = rng.choice(own.notes)
        return tree

    def _assistance(self, people: list[Person], day: date) -> list[dict[str, Any]]:
        """One or two aid records from different agencies, received in the last 10 months."""
        rng = self.rng
        elderly = any(p.age >= 60 for p in people)
        children = any(p.age < 18 for p in people)
        offers = [
            o
            for o in self.country.aid
            if (o[3] != "old" or elderly) and (o[3] != "kids" or children)
        ]
        records: list[dict[str, Any]] = []
        used: set[str] = set()
        for _ in range(1 if rng.random() < 0.7 else 2):
            agency, programme, amounts, _who = rng.choice(offers)
            if agency in used:
                continue
            used.add(agency)
            record: dict[str, Any] = {"agency": agency}
            if agency == "other":
                record["agency_other"] = rng.choice(OTHER_AGENCIES)
            record["programme"] = programme
            record["assistance_date"] = (day - timedelta(days=rng.randint(0, 300))).isoformat()
            record["assistance_amount"] = self._money(float(rng.choice(amounts)))
            records.append(record)
        return records


def _xpath_round(number: float, places: int, text: bool = True) -> Any:
    """round(number, places) as the form engine (JavaRosa) computes it: halves up, digits
    counted on the shortest decimal form; as the engine writes a number in a string if `text`."""
    rounded = float(Decimal(repr(number)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP))
    if not text:
        return rounded
    return str(int(rounded)) if rounded.is_integer() else repr(rounded)


# Where a draft can stop: required questions the census list does not fill in (document order).
_PREFILLED = frozenset(
    ("interview_date", "country", "state", "district", "ward", "site", "block", "floor_level",
     "unit_number", "name", "relationship", "sex", "age", "dob", "national_id"))  # fmt: skip
_OPTIONAL = frozenset(("phone", "gps", "oku_number", "enumerator_notes", "line_number",
                       "member_income", "age_minimum"))  # fmt: skip
_CALCULATED_AFTER_ROSTER = frozenset(
    ("hh_size", "total_income", "income_per_capita", "area_per_capita", "assistance_total",
     "currency", "total_income_display", "income_per_capita_display",
     "assistance_total_display", "area_per_capita_display", "enumerator_notes",
     "assistance"))  # fmt: skip


BACKGROUND = ("citizenship", "ethnicity", "religion")


def asked_once(members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The members' answers as the form asks them of a household of more than one: on the
    head's page whether everyone shares the head's background (then the others are not asked
    it), whether anyone has a long-term illness or a disability (if not, no one is asked)."""
    if len(members) < 2:
        return members
    head = members[0]
    same = all(m.get(k) == head.get(k) for m in members[1:] for k in BACKGROUND)
    chronic = any(m.get("chronic_diseases", ["none"]) != ["none"] for m in members)
    disabled = any(m.get("disability") == "yes" for m in members)
    gates = {
        "citizenship": ("same_background", same),
        "chronic_diseases": ("anyone_chronic", chronic),
        "disability": ("anyone_disabled", disabled),
    }
    out = []
    for number, member in enumerate(members):
        kept: dict[str, Any] = {}
        for name, value in member.items():
            if number == 0 and name in gates:
                gate, said = gates[name]
                kept[gate] = "yes" if said else "no"
            if number > 0 and same and name in BACKGROUND:
                continue
            if (name == "chronic_diseases" and not chronic) or (
                name == "disability" and not disabled
            ):
                continue
            kept[name] = value
        out.append(kept)
    return out


def draft_answers(
    tree: dict[str, Any], rng: random.Random
) -> tuple[dict[str, Any], dict[str, str]]:
    """A draft cut from a complete `tree`: what the census list filled in, plus the answers the
    worker gave in order up to a required question, which is where the draft resumes (its
    position). The assistance records and the summary are never reached."""
    stops: list[tuple[str, str, int | None]] = []  # (address, name, member index)
    for name in tree:
        if name == "members":
            for i, member in enumerate(tree["members"]):
                stops += [
                    (f"members[{i}].{field}", field, i)
                    for field in member
                    if field not in _PREFILLED and field not in _OPTIONAL
                ]
        elif name not in _PREFILLED and name not in _OPTIONAL:
            if name not in _CALCULATED_AFTER_ROSTER:
                stops.append((name, name, None))
    # One draw whatever the number of stops: a form with more or fewer questions leaves the
    # households generated after this one as they were.
    address, stop_name, stop_member = stops[int(rng.random() * len(stops))]
    draft: dict[str, Any] = {}
    reached = False
    for name, value in tree.items():
        if name == "members":
            members = []
            for i, member in enumerate(value):
                kept: dict[str, Any] = {}
                for field, answer in member.items():
                    if i == stop_member and field == stop_name:
                        reached = True
                    if field in ("line_number", "member_income", "age_minimum"):
                        continue
                    if not reached or field in _PREFILLED:
                        kept[field] = answer
                members.append(kept)
            draft["members"] = members
            continue
        if stop_member is None and name == stop_name:
            reached = True
        if name in _CALCULATED_AFTER_ROSTER:
            continue
        if not reached or name in _PREFILLED:
            draft[name] = value
    return draft, {"path": address}


# fmt: off
_ASSET_CHANCE = {
    "tv": 0.9, "mobile_phone": 0.95, "refrigerator": 0.9, "washing_machine": 0.75,
    "motorbike": 0.5, "car": 0.3, "computer": 0.25, "internet": 0.6, "air_conditioner": 0.2,
    "radio": 0.2, "bicycle": 0.15, "telephone": 0.1,
}
# fmt: on
