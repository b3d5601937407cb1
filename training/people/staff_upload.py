"""A training lead's CSV of staff: check every row, then invite them all or nobody.

The file is checked in full first. If any row is wrong, nothing is saved and every
problem is reported with its line number. Saving is idempotent: uploading the same file
again finds the same people and creates nothing new.
"""

import csv
import io
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Value
from django.db.models.functions import Lower
from django.utils import translation
from django.utils.translation import gettext as _

from .invitations import invite_staff_member
from .models import JobRole, Team, normalise_email

MAX_BYTES = 1024 * 1024
MAX_ROWS = 2000
COLUMNS = ("name", "email", "team", "job role")


@dataclass
class StaffRow:
    line: int
    name: str
    email: str
    team: str
    job_role: str


@dataclass
class UploadCheck:
    rows: list[StaffRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # whole-file problems
    row_errors: list[tuple[int, str]] = field(default_factory=list)

    @property
    def is_valid(self):
        return not self.errors and not self.row_errors and bool(self.rows)


@dataclass
class UploadResult:
    invited: list[str] = field(default_factory=list)
    added_existing: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    new_teams: list[str] = field(default_factory=list)


def _job_role_lookup():
    """Accept a job role by its code or its label in any of our languages, ignoring case."""
    lookup = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for value, label in JobRole.choices:
                for key in (value, str(label), value.replace("_", " ")):
                    lookup[" ".join(key.lower().replace("-", " ").split())] = value
    lookup["ehcp co ordinator"] = JobRole.EHC_COORDINATOR
    lookup["ehc co ordinator"] = JobRole.EHC_COORDINATOR
    return lookup


def _header_key(text):
    return " ".join((text or "").strip().lower().replace("_", " ").split())


def read_staff_csv(uploaded) -> UploadCheck:
    """Parse and check an uploaded file. Saves nothing."""
    check = UploadCheck()
    if uploaded.size > MAX_BYTES:
        check.errors.append(_("The file is larger than 1 MB. Split it into smaller files."))
        return check
    raw = uploaded.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        check.errors.append(
            _("The file must be a CSV saved as UTF-8. In Excel, choose 'CSV UTF-8' when saving.")
        )
        return check
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        check.errors.append(_("The file could not be read as CSV: %(error)s") % {"error": error})
        return check
    rows = [
        (number, row) for number, row in enumerate(rows, start=1) if any(c.strip() for c in row)
    ]
    if not rows:
        check.errors.append(_("The file is empty. Add a header row and one row for each person."))
        return check

    header_line, header = rows[0]
    keys = [_header_key(name) for name in header]
    repeated = sorted({key for key in keys if key in COLUMNS and keys.count(key) > 1})
    if repeated:
        check.errors.append(
            _("The first row names a column more than once: %(columns)s.")
            % {"columns": ", ".join(repeated)}
        )
        return check
    positions = {key: index for index, key in enumerate(keys)}
    missing = [column for column in COLUMNS if column not in positions]
    if missing:
        check.errors.append(
            _("The first row must name the columns: name, email, team, job role. Missing: %(m)s.")
            % {"m": ", ".join(missing)}
        )
        return check
    if len(rows) - 1 > MAX_ROWS:
        check.errors.append(_("The file has more than 2,000 people. Split it into smaller files."))
        return check

    roles = _job_role_lookup()
    first_line_of_email = {}
    for line, row in rows[1:]:
        values = {
            column: (row[positions[column]].strip() if positions[column] < len(row) else "")
            for column in COLUMNS
        }
        problems = []
        if any(_has_control_characters(value) for value in values.values()):
            problems.append(_("remove the hidden control characters from this line"))
            check.row_errors.append((line, _capitalised(problems)))
            continue
        if not values["name"]:
            problems.append(_("enter the person's name"))
        email = normalise_email(values["email"])
        if not email:
            problems.append(_("enter an email address"))
        else:
            try:
                validate_email(email)
                if len(email) > 254:
                    raise ValidationError("too long")
            except ValidationError:
                problems.append(_("the email address '%(email)s' is not valid") % {"email": email})
            else:
                if email in first_line_of_email:
                    problems.append(
                        _("the email address %(email)s is already on line %(line)s")
                        % {"email": email, "line": first_line_of_email[email]}
                    )
                else:
                    first_line_of_email[email] = line
        job_role = roles.get(_header_key(values["job role"]).replace("-", " "))
        if job_role is None:
            problems.append(
                _("the job role '%(role)s' is not one of: %(choices)s")
                % {
                    "role": values["job role"],
                    "choices": ", ".join(str(label) for _value, label in JobRole.choices),
                }
            )
        if len(values["name"]) > 150 or len(values["team"]) > 120:
            problems.append(_("the name or team is too long"))
        if problems:
            check.row_errors.append((line, _capitalised(problems)))
            continue
        check.rows.append(StaffRow(line, values["name"], email, values["team"], job_role))
    if not check.rows and not check.row_errors:
        check.errors.append(_("The file has a header row but nobody in it."))
    return check


def _capitalised(problems):
    # Every problem starts with a lower-case word we wrote, never with what was typed,
    # so capitalising the first letter cannot change someone's data.
    message = "; ".join(problems)
    return message[0].upper() + message[1:]


def _has_control_characters(text):
    return any(unicodedata.category(char) == "Cc" for char in text)


def _find_or_create_team(council, name, result):
    """Teams match whatever their case, exactly as the database constraint compares them."""
    if not name:
        return None
    same_name = Team.objects.alias(lower_name=Lower("name")).filter(
        council=council, lower_name=Lower(Value(name))
    )
    team = same_name.first()
    if team is None:
        try:
            with transaction.atomic():  # another upload may create it at the same moment
                team = Team.objects.create(council=council, name=name)
            result.new_teams.append(name)
        except IntegrityError:
            team = same_name.get()
    return team


@transaction.atomic
def save_staff_upload(check: UploadCheck, council, invited_by) -> UploadResult:
    """Invite or update everyone in a checked file, all in one transaction."""
    if not check.is_valid:
        raise ValueError("Only a file with no problems can be saved.")
    result = UploadResult()
    for row in check.rows:
        team = _find_or_create_team(council, row.team, result)
        outcome = invite_staff_member(
            council=council,
            email=row.email,
            full_name=row.name,
            team=team,
            job_role=row.job_role,
            invited_by=invited_by,
        )
        getattr(result, outcome).append(row.email)
    return result
