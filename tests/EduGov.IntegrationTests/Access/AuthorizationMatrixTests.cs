using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using EduGov.Tests.Shared;
using EduGov.Web;
using Microsoft.AspNetCore.Components;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Access;

/// <summary>
/// Every API endpoint and every page, for every role and for anonymous visitors, against the real host:
/// allowed in scope, forbidden without the permission or out of scope, 401/redirect when anonymous.
/// The tables below are the access policy; a new endpoint or page without a row fails the test.
/// </summary>
[Collection(PlatformHostCollection.Name)]
public sealed class AuthorizationMatrixTests(PlatformHostFixture host)
{
    internal static readonly string[] Everyone = ["leader", "officer", "inspector", "school", "school2", "teacher", "institution", "parent"];
    private static readonly string[] Readers = ["leader", "officer", "inspector", "school", "school2"];
    private static readonly string[] Managers = ["officer", "school", "school2"];
    private static readonly string[] OfficerOnly = ["officer"];
    private static readonly string[] Inspectors = ["officer", "inspector"];
    private static readonly string[] SchoolAdmins = ["school", "school2"];
    private static readonly string[] AdmissionReaders = ["leader", "officer", "school", "school2"];
    private static readonly string[] AdmissionVerifiers = ["officer", "school", "school2"];
    private static readonly string[] AdmissionReadersAndParents = ["leader", "officer", "school", "school2", "parent"];
    private static readonly string[] TrainingReaders = ["leader", "officer"];
    private static readonly string[] TrainingInspectors = ["officer", "inspector"];
    private static readonly string[] InstitutionOnly = ["institution"];

    /// <param name="ReachesScopeCheck">The request is valid enough to reach the check of school A's scope (so other schools get 403).</param>
    /// <param name="Inspection">Scope as the inspection module sees it: an inspector covers the schools assigned to them.</param>
    /// <param name="Public">Open to everyone, signed in or not (published lottery files, the parent's sign-out): every caller gets <paramref name="AllowedStatus"/>.</param>
    private sealed record ApiRow(string Method, string Path, string[] Allowed, Func<Ids, (string Url, object? Body)> Request, HttpStatusCode AllowedStatus, bool ReachesScopeCheck = false, bool Inspection = false, bool Public = false);

    private static readonly ApiRow[] Api =
    [
        new("GET", "/api/v1/schools", Readers, _ => ("/api/v1/schools", null), HttpStatusCode.OK),
        new("GET", "/api/v1/schools/export", Readers, _ => ("/api/v1/schools/export", null), HttpStatusCode.OK),
        new("GET", "/api/v1/schools/{id}", Readers, ids => ($"/api/v1/schools/{ids.SchoolA}", null), HttpStatusCode.OK, true),
        new("POST", "/api/v1/schools", Managers, _ => ("/api/v1/schools", new { code = "", name = "" }), HttpStatusCode.BadRequest),
        new("PUT", "/api/v1/schools/{id}", Managers, ids => ($"/api/v1/schools/{ids.SchoolA}", new { code = "123", name = "" }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/schools/{id}/classes", Managers, ids => ($"/api/v1/schools/{ids.SchoolA}/classes", new { schoolId = ids.SchoolA, grade = 1, number = 0, entryYear = 2026, classSizeCap = 45, headTeacher = "", campusId = (Guid?)null }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/schools/{id}/campuses", Managers, ids => ($"/api/v1/schools/{ids.SchoolA}/campuses", new { schoolId = ids.SchoolA, name = "", address = "" }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/students", Readers, _ => ("/api/v1/students", null), HttpStatusCode.OK),
        new("GET", "/api/v1/students/export", Readers, _ => ("/api/v1/students/export", null), HttpStatusCode.OK),
        new("GET", "/api/v1/students/{id}", Readers, ids => ($"/api/v1/students/{ids.StudentA}", null), HttpStatusCode.OK, true),
        new("POST", "/api/v1/students", Managers, ids => ("/api/v1/students", new { name = "", idNumber = "1", schoolId = ids.SchoolA }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/students/lookup", Managers, _ => ("/api/v1/students/lookup", new { idNumber = "310115201805120025" }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/students/{id}/record-changes", Managers, ids => ($"/api/v1/students/{ids.StudentA}/record-changes", new { studentId = ids.StudentA, kind = "Suspension", effectiveOn = "2026-12-01", reason = "", toSchoolId = (Guid?)null, toClassId = (Guid?)null }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/record-changes", Readers, _ => ("/api/v1/record-changes", null), HttpStatusCode.OK),
        new("GET", "/api/v1/record-changes/export", Readers, _ => ("/api/v1/record-changes/export", null), HttpStatusCode.OK),
        new("POST", "/api/v1/record-changes/{id}/decision", OfficerOnly, _ => ($"/api/v1/record-changes/{Guid.Empty}/decision", new { approve = true, note = "" }), HttpStatusCode.NotFound),
        new("GET", "/api/v1/staff", Readers, _ => ("/api/v1/staff", null), HttpStatusCode.OK),
        new("GET", "/api/v1/staff/export", Readers, _ => ("/api/v1/staff/export", null), HttpStatusCode.OK),
        new("GET", "/api/v1/staff/{id}", Readers, ids => ($"/api/v1/staff/{ids.StaffA}", null), HttpStatusCode.OK, true),
        new("POST", "/api/v1/staff", Managers, ids => ("/api/v1/staff", new { name = "", idNumber = "1", schoolId = ids.SchoolA }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/staff/{id}/changes", Managers, ids => ($"/api/v1/staff/{ids.StaffA}/changes", new { staffId = ids.StaffA, kind = "TitleChanged", effectiveOn = "2026-12-01", note = "", schoolId = (Guid?)null, title = (string?)null, keyTeacherLevel = (string?)null, status = (string?)null }), HttpStatusCode.BadRequest, true),
        new("GET", "/api/v1/organisation", Readers, _ => ("/api/v1/organisation", null), HttpStatusCode.OK),
        new("GET", "/api/v1/organisation/export", Readers, _ => ("/api/v1/organisation/export", null), HttpStatusCode.OK),
        new("POST", "/api/v1/organisation", OfficerOnly, _ => ("/api/v1/organisation", new { unitKind = "Zone", name = "", description = "", leadSchoolId = (Guid?)null, regionCode = "310115" }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/personal-data/reveal", Managers, ids => ("/api/v1/personal-data/reveal", new { field = "StudentIdNumber", recordId = ids.StudentA }), HttpStatusCode.OK, true),
        new("GET", "/api/v1/inspection/attachments/{id}", Readers, _ => ($"/api/v1/inspection/attachments/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/inspection/issues", Readers, _ => ("/api/v1/inspection/issues", null), HttpStatusCode.OK),
        new("GET", "/api/v1/inspection/issues/summary", Readers, _ => ("/api/v1/inspection/issues/summary", null), HttpStatusCode.OK),
        new("GET", "/api/v1/inspection/issues/export", Readers, _ => ("/api/v1/inspection/issues/export", null), HttpStatusCode.OK),
        new("GET", "/api/v1/inspection/issues/{id}", Readers, ids => ($"/api/v1/inspection/issues/{ids.IssueA}", null), HttpStatusCode.OK, true, true),
        new("POST", "/api/v1/inspection/issues", Inspectors, ids => ("/api/v1/inspection/issues", new { schoolId = ids.SchoolA, item = "CampusSafety", description = "", severity = "Serious", rule = "", deadline = (string?)null }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/inspection/issues/{id}/steps", SchoolAdmins, ids => ($"/api/v1/inspection/issues/{ids.IssueA}/steps", new { action = "SubmitPlan", text = "", planOwner = (string?)null, planDueOn = (string?)null, files = (string[]?)null }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/inspection/bulletins", Readers, ids => ($"/api/v1/inspection/bulletins?scope=School&unitId={ids.SchoolA}", null), HttpStatusCode.OK, true, true),
        new("GET", "/api/v1/inspection/bulletins/word", Readers, ids => ($"/api/v1/inspection/bulletins/word?scope=School&unitId={ids.SchoolA}", null), HttpStatusCode.OK, true, true),
        new("GET", "/api/v1/inspection/bulletins/excel", Readers, ids => ($"/api/v1/inspection/bulletins/excel?scope=School&unitId={ids.SchoolA}", null), HttpStatusCode.OK, true, true),
        new("GET", "/api/v1/inspection/rectification-plans/{schoolId}", Readers, ids => ($"/api/v1/inspection/rectification-plans/{ids.SchoolA}", null), HttpStatusCode.OK, true, true),
        new("GET", "/api/v1/inspection/inspectors", Readers, _ => ("/api/v1/inspection/inspectors", null), HttpStatusCode.OK),
        new("GET", "/api/v1/inspection/inspectors/{id}", Readers, _ => ($"/api/v1/inspection/inspectors/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("POST", "/api/v1/inspection/inspectors", OfficerOnly, _ => ("/api/v1/inspection/inspectors", new { }), HttpStatusCode.BadRequest),
        new("PUT", "/api/v1/inspection/inspectors/{id}", OfficerOnly, _ => ($"/api/v1/inspection/inspectors/{Guid.Empty}", new { }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/inspection/inspectors/{id}/active", OfficerOnly, _ => ($"/api/v1/inspection/inspectors/{Guid.Empty}/active", new { }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/inspection/inspectors/{id}/assignments", OfficerOnly, _ => ($"/api/v1/inspection/inspectors/{Guid.Empty}/assignments", new { }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/inspection/assignments/{id}/end", OfficerOnly, _ => ($"/api/v1/inspection/assignments/{Guid.Empty}/end", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/inspection/schools/{schoolId}/assignments", Readers, ids => ($"/api/v1/inspection/schools/{ids.SchoolA}/assignments", null), HttpStatusCode.OK, true, true),
        new("GET", "/api/v1/inspection/signs", Readers, _ => ("/api/v1/inspection/signs", null), HttpStatusCode.OK),
        new("GET", "/api/v1/inspection/signs/{schoolId}", Readers, ids => ($"/api/v1/inspection/signs/{ids.SchoolA}", null), HttpStatusCode.OK, true, true),
        new("GET", "/api/v1/inspection/settings", Readers, _ => ("/api/v1/inspection/settings", null), HttpStatusCode.OK),
        new("PUT", "/api/v1/inspection/settings", OfficerOnly, _ => ("/api/v1/inspection/settings", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/inspection/visit-plan", Readers, _ => ("/api/v1/inspection/visit-plan?month=2026-11-01", null), HttpStatusCode.OK),
        new("POST", "/api/v1/inspection/visit-plan", OfficerOnly, _ => ("/api/v1/inspection/visit-plan", new { }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/inspection/emergencies", Inspectors, ids => ("/api/v1/inspection/emergencies", new { schoolId = ids.SchoolA, item = "CampusSafety", whatHappened = "", files = Array.Empty<object>() }), HttpStatusCode.BadRequest, true, true),
        new("GET", "/api/v1/inspection/visits", Readers, _ => ("/api/v1/inspection/visits", null), HttpStatusCode.OK),
        new("GET", "/api/v1/inspection/visits/export", Readers, _ => ("/api/v1/inspection/visits/export", null), HttpStatusCode.OK),
        new("POST", "/api/v1/inspection/visits", Inspectors, _ => ("/api/v1/inspection/visits", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/inspection/visits/{id}", Readers, _ => ($"/api/v1/inspection/visits/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("PUT", "/api/v1/inspection/visits/{id}", Inspectors, _ => ($"/api/v1/inspection/visits/{Guid.Empty}", new { }), HttpStatusCode.NotFound),
        new("GET", "/api/v1/inspection/templates", Readers, _ => ("/api/v1/inspection/templates", null), HttpStatusCode.OK),
        new("GET", "/api/v1/inspection/templates/{id}", Readers, _ => ($"/api/v1/inspection/templates/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("POST", "/api/v1/inspection/templates", OfficerOnly, _ => ("/api/v1/inspection/templates", new { }), HttpStatusCode.BadRequest),
        new("PUT", "/api/v1/inspection/templates/{id}", OfficerOnly, _ => ($"/api/v1/inspection/templates/{Guid.Empty}", new { }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/inspection/templates/{id}/active", OfficerOnly, _ => ($"/api/v1/inspection/templates/{Guid.Empty}/active", new { }), HttpStatusCode.BadRequest),
        new("DELETE", "/api/v1/inspection/templates/{id}", OfficerOnly, _ => ($"/api/v1/inspection/templates/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/inspection/balanced", Readers, _ => ("/api/v1/inspection/balanced?year=2026", null), HttpStatusCode.OK),
        new("GET", "/api/v1/inspection/balanced/export", Readers, _ => ("/api/v1/inspection/balanced/export?year=2026", null), HttpStatusCode.OK),
        new("POST", "/api/v1/inspection/balanced/issues", OfficerOnly, _ => ("/api/v1/inspection/balanced/issues", new { year = 2026, schoolId = Guid.Empty, stage = "Primary" }), HttpStatusCode.NotFound),
        new("GET", "/api/v1/inspection/facilities", Readers, _ => ("/api/v1/inspection/facilities?year=2026", null), HttpStatusCode.OK),
        new("GET", "/api/v1/inspection/facilities/export", Readers, _ => ("/api/v1/inspection/facilities/export?year=2026", null), HttpStatusCode.OK),
        new("PUT", "/api/v1/inspection/facilities/{schoolId}/{year}", Managers, ids => ($"/api/v1/inspection/facilities/{ids.SchoolA}/2026", new { teachingSpaceSquareMetres = -1, sportsSpaceSquareMetres = 0, equipmentValueYuan = 0, multimediaClassrooms = 0 }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/admission/rounds", AdmissionReaders, _ => ("/api/v1/admission/rounds", null), HttpStatusCode.OK),
        new("GET", "/api/v1/admission/rounds/{id}", AdmissionReaders, ids => ($"/api/v1/admission/rounds/{ids.RoundA}", null), HttpStatusCode.OK),
        new("POST", "/api/v1/admission/rounds", OfficerOnly, _ => ("/api/v1/admission/rounds", new { }), HttpStatusCode.BadRequest),
        new("PUT", "/api/v1/admission/rounds/{id}/policy", OfficerOnly, _ => ($"/api/v1/admission/rounds/{Guid.Empty}/policy", new { }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/admission/rounds/{id}/open", OfficerOnly, _ => ($"/api/v1/admission/rounds/{Guid.Empty}/open", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/admission/rounds/{id}/revisions", AdmissionReaders, ids => ($"/api/v1/admission/rounds/{ids.RoundA}/revisions", null), HttpStatusCode.OK),
        new("GET", "/api/v1/admission/rounds/{roundId}/seats", AdmissionReaders, ids => ($"/api/v1/admission/rounds/{ids.RoundA}/seats", null), HttpStatusCode.OK),
        new("GET", "/api/v1/admission/rounds/{roundId}/seats/export", AdmissionReaders, ids => ($"/api/v1/admission/rounds/{ids.RoundA}/seats/export", null), HttpStatusCode.OK),
        new("PUT", "/api/v1/admission/rounds/{roundId}/seats/{schoolId}", OfficerOnly, ids => ($"/api/v1/admission/rounds/{ids.RoundA}/seats/{ids.SchoolA}", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/admission/catchments", AdmissionReaders, _ => ("/api/v1/admission/catchments", null), HttpStatusCode.OK),
        new("GET", "/api/v1/admission/catchments/export", AdmissionReaders, _ => ("/api/v1/admission/catchments/export", null), HttpStatusCode.OK),
        new("GET", "/api/v1/admission/catchments/match", AdmissionReaders, _ => ("/api/v1/admission/catchments/match?address=%E4%B8%9C%E6%98%8E%E8%B7%AF1%E5%8F%B7", null), HttpStatusCode.OK),
        new("POST", "/api/v1/admission/catchments", OfficerOnly, _ => ("/api/v1/admission/catchments", new { }), HttpStatusCode.BadRequest),
        new("PUT", "/api/v1/admission/catchments/{id}", OfficerOnly, _ => ($"/api/v1/admission/catchments/{Guid.Empty}", new { }), HttpStatusCode.BadRequest),
        new("DELETE", "/api/v1/admission/catchments/{id}", OfficerOnly, _ => ($"/api/v1/admission/catchments/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/admission/applications", AdmissionReaders, _ => ("/api/v1/admission/applications", null), HttpStatusCode.OK),
        new("GET", "/api/v1/admission/applications/export", AdmissionReaders, _ => ("/api/v1/admission/applications/export", null), HttpStatusCode.OK),
        new("GET", "/api/v1/admission/applications/{id}", AdmissionReaders, ids => ($"/api/v1/admission/applications/{ids.ApplicationA}", null), HttpStatusCode.OK, true),
        new("POST", "/api/v1/admission/applications", OfficerOnly, _ => ("/api/v1/admission/applications", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/admission/documents/{id}", AdmissionReadersAndParents, _ => ($"/api/v1/admission/documents/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("POST", "/api/v1/admission/portal/sign-out", Everyone, _ => ("/api/v1/admission/portal/sign-out", null), HttpStatusCode.Redirect, Public: true),
        new("GET", "/api/v1/admission/verification", AdmissionVerifiers, ids => ($"/api/v1/admission/verification?roundId={ids.RoundA}", null), HttpStatusCode.OK),
        new("GET", "/api/v1/admission/verification/counts", AdmissionVerifiers, ids => ($"/api/v1/admission/verification/counts?roundId={ids.RoundA}", null), HttpStatusCode.OK),
        new("GET", "/api/v1/admission/verification/{id}", AdmissionVerifiers, ids => ($"/api/v1/admission/verification/{ids.ApplicationA}", null), HttpStatusCode.OK, true),
        new("POST", "/api/v1/admission/verification/{id}/claim", AdmissionVerifiers, _ => ($"/api/v1/admission/verification/{Guid.Empty}/claim", null), HttpStatusCode.NotFound),
        new("POST", "/api/v1/admission/verification/{id}/decision", AdmissionVerifiers, _ => ($"/api/v1/admission/verification/{Guid.Empty}/decision", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/admission/ceremony/rounds", AdmissionReaders, _ => ("/api/v1/admission/ceremony/rounds", null), HttpStatusCode.OK),
        new("GET", "/api/v1/admission/rounds/{id}/ceremony", AdmissionReaders, ids => ($"/api/v1/admission/rounds/{ids.RoundA}/ceremony", null), HttpStatusCode.OK),
        new("POST", "/api/v1/admission/rounds/{id}/freeze", OfficerOnly, _ => ($"/api/v1/admission/rounds/{Guid.Empty}/freeze", null), HttpStatusCode.NotFound),
        new("POST", "/api/v1/admission/rounds/{id}/draw", OfficerOnly, _ => ($"/api/v1/admission/rounds/{Guid.Empty}/draw", new { }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/admission/rounds/{id}/publish", OfficerOnly, _ => ($"/api/v1/admission/rounds/{Guid.Empty}/publish", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/admission/public/lottery/{id}/{file}", Everyone, _ => ($"/api/v1/admission/public/lottery/{Guid.Empty}/manifest.txt", null), HttpStatusCode.NotFound, Public: true),
        new("GET", "/api/v1/admission/public/lottery/{id}/pools/{pool}/{file}", Everyone, _ => ($"/api/v1/admission/public/lottery/{Guid.Empty}/pools/x/draw.csv", null), HttpStatusCode.NotFound, Public: true),
        new("GET", "/api/v1/admission/results/rounds", AdmissionReaders, _ => ("/api/v1/admission/results/rounds", null), HttpStatusCode.OK),
        new("GET", "/api/v1/admission/results", AdmissionReaders, ids => ($"/api/v1/admission/results?roundId={ids.RoundA}", null), HttpStatusCode.OK),
        new("GET", "/api/v1/admission/results/export", AdmissionReaders, ids => ($"/api/v1/admission/results/export?roundId={ids.RoundA}", null), HttpStatusCode.OK),
        new("GET", "/api/v1/admission/results/applications/{id}/letter", OfficerOnly, _ => ($"/api/v1/admission/results/applications/{Guid.Empty}/letter", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/admission/results/{roundId}/schools/{schoolId}/letters", OfficerOnly, _ => ($"/api/v1/admission/results/{Guid.Empty}/schools/{Guid.Empty}/letters", null), HttpStatusCode.NotFound),
        new("POST", "/api/v1/admission/results/applications/{id}/decline", OfficerOnly, _ => ($"/api/v1/admission/results/applications/{Guid.Empty}/decline", new { reason = "家长放弃" }), HttpStatusCode.NotFound),
        new("POST", "/api/v1/admission/results/{roundId}/schools/{schoolId}/fill-seat", OfficerOnly, _ => ($"/api/v1/admission/results/{Guid.Empty}/schools/{Guid.Empty}/fill-seat", null), HttpStatusCode.NotFound),
        new("POST", "/api/v1/admission/results/applications/{id}/enrol", OfficerOnly, _ => ($"/api/v1/admission/results/applications/{Guid.Empty}/enrol", null), HttpStatusCode.NotFound),
        new("POST", "/api/v1/admission/results/{roundId}/schools/{schoolId}/enrol", OfficerOnly, _ => ($"/api/v1/admission/results/{Guid.Empty}/schools/{Guid.Empty}/enrol", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/admission/appeals", AdmissionReaders, ids => ($"/api/v1/admission/appeals?roundId={ids.RoundA}", null), HttpStatusCode.OK),
        new("POST", "/api/v1/admission/appeals/{id}/decision", OfficerOnly, _ => ($"/api/v1/admission/appeals/{Guid.Empty}/decision", new { upheld = false, decision = "不成立", schoolId = (Guid?)null }), HttpStatusCode.NotFound),
        new("GET", "/api/v1/admission/forecast", AdmissionReaders, _ => ("/api/v1/admission/forecast?stage=Primary", null), HttpStatusCode.OK),
        new("GET", "/api/v1/admission/forecast/schools/{schoolId}", AdmissionReaders, ids => ($"/api/v1/admission/forecast/schools/{ids.SchoolA}?stage=Primary", null), HttpStatusCode.OK, true),
        new("GET", "/api/v1/admission/forecast/export", AdmissionReaders, _ => ("/api/v1/admission/forecast/export?stage=Primary", null), HttpStatusCode.OK),
        new("POST", "/api/v1/admission/forecast/grade-enrolments/snapshot", OfficerOnly, _ => ("/api/v1/admission/forecast/grade-enrolments/snapshot", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/calendar", OfficerOnly, _ => ("/api/v1/training/calendar", new { }), HttpStatusCode.BadRequest),
        new("DELETE", "/api/v1/training/calendar/{id}", OfficerOnly, _ => ($"/api/v1/training/calendar/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/training/calendar/{year}", TrainingReaders, _ => ("/api/v1/training/calendar/2026", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/changes", TrainingReaders, _ => ("/api/v1/training/changes", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/changes/{id}/decision", OfficerOnly, _ => ($"/api/v1/training/changes/{Guid.Empty}/decision", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/complaints", TrainingReaders, _ => ("/api/v1/training/complaints", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/complaints", OfficerOnly, _ => ("/api/v1/training/complaints", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/complaints/export", TrainingReaders, _ => ("/api/v1/training/complaints/export", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/complaints/officers", OfficerOnly, _ => ("/api/v1/training/complaints/officers", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/complaints/photos/{id}", TrainingReaders, _ => ($"/api/v1/training/complaints/photos/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/training/complaints/summary", TrainingReaders, _ => ("/api/v1/training/complaints/summary", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/complaints/{id}", TrainingReaders, _ => ($"/api/v1/training/complaints/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("POST", "/api/v1/training/complaints/{id}/phone", OfficerOnly, _ => ($"/api/v1/training/complaints/{Guid.Empty}/phone", new { }), HttpStatusCode.NotFound),
        new("POST", "/api/v1/training/complaints/{id}/steps", OfficerOnly, _ => ($"/api/v1/training/complaints/{Guid.Empty}/steps", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/credit", TrainingReaders, _ => ("/api/v1/training/credit", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/credit/catalogues", TrainingReaders, _ => ("/api/v1/training/credit/catalogues", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/credit/catalogues/{id}/activate", OfficerOnly, _ => ($"/api/v1/training/credit/catalogues/{Guid.Empty}/activate", new { }), HttpStatusCode.NotFound),
        new("GET", "/api/v1/training/credit/export", TrainingReaders, _ => ("/api/v1/training/credit/export", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/inspections/plans/{id}/export", TrainingReaders, ids => ($"/api/v1/training/inspections/plans/{ids.PlanA}/export", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/credit/lists/export", TrainingReaders, _ => ("/api/v1/training/credit/lists/export", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/licensing/applications/{id}/decision-document", TrainingReaders, _ => ($"/api/v1/training/licensing/applications/{Guid.Empty}/decision-document", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/training/portal/licensing/applications/{id}/decision-document", InstitutionOnly, _ => ($"/api/v1/training/portal/licensing/applications/{Guid.Empty}/decision-document", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/training/inspections/tasks/{id}/rectification-notice", TrainingInspectors, _ => ($"/api/v1/training/inspections/tasks/{Guid.Empty}/rectification-notice", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/training/inspections/portal/tasks/{id}/rectification-notice", InstitutionOnly, _ => ($"/api/v1/training/inspections/portal/tasks/{Guid.Empty}/rectification-notice", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/training/credit/objections/{id}/decision-document", TrainingReaders, _ => ($"/api/v1/training/credit/objections/{Guid.Empty}/decision-document", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/training/credit/repairs/{id}/decision-document", TrainingReaders, _ => ($"/api/v1/training/credit/repairs/{Guid.Empty}/decision-document", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/training/portal/credit/objections/{id}/decision-document", InstitutionOnly, _ => ($"/api/v1/training/portal/credit/objections/{Guid.Empty}/decision-document", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/training/portal/credit/repairs/{id}/decision-document", InstitutionOnly, _ => ($"/api/v1/training/portal/credit/repairs/{Guid.Empty}/decision-document", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/training/credit/institutions/{id}", TrainingReaders, _ => ($"/api/v1/training/credit/institutions/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("POST", "/api/v1/training/credit/institutions/{id}/records", OfficerOnly, _ => ($"/api/v1/training/credit/institutions/{Guid.Empty}/records", new { }), HttpStatusCode.BadRequest),
        new("PUT", "/api/v1/training/credit/items/{id}", OfficerOnly, _ => ($"/api/v1/training/credit/items/{Guid.Empty}", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/credit/lists", TrainingReaders, _ => ("/api/v1/training/credit/lists", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/credit/lists/unlicensed", OfficerOnly, _ => ("/api/v1/training/credit/lists/unlicensed", new { }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/training/credit/lists/{id}/remove", OfficerOnly, _ => ($"/api/v1/training/credit/lists/{Guid.Empty}/remove", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/credit/objections", TrainingReaders, _ => ("/api/v1/training/credit/objections", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/credit/objections/{id}/decision", OfficerOnly, _ => ($"/api/v1/training/credit/objections/{Guid.Empty}/decision", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/credit/repairs", TrainingReaders, _ => ("/api/v1/training/credit/repairs", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/credit/repairs/{id}/decision", OfficerOnly, _ => ($"/api/v1/training/credit/repairs/{Guid.Empty}/decision", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/credit/summary", TrainingReaders, _ => ("/api/v1/training/credit/summary", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/dashboard", TrainingReaders, _ => ("/api/v1/training/dashboard", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/dashboard/export", TrainingReaders, _ => ("/api/v1/training/dashboard/export", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/documents/{id}", TrainingReaders, _ => ($"/api/v1/training/documents/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/training/funds", TrainingReaders, _ => ("/api/v1/training/funds", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/funds/alerts", TrainingReaders, _ => ("/api/v1/training/funds/alerts", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/funds/alerts/export", TrainingReaders, _ => ("/api/v1/training/funds/alerts/export", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/funds/alerts/{alertId}/handle", OfficerOnly, _ => ($"/api/v1/training/funds/alerts/{Guid.Empty}/handle", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/funds/enrolments/{enrolmentId}/ledger", TrainingReaders, _ => ($"/api/v1/training/funds/enrolments/{Guid.Empty}/ledger", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/training/funds/export", TrainingReaders, _ => ("/api/v1/training/funds/export", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/funds/institutions/{institutionId}", TrainingReaders, _ => ($"/api/v1/training/funds/institutions/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("POST", "/api/v1/training/funds/institutions/{institutionId}/statements", OfficerOnly, _ => ($"/api/v1/training/funds/institutions/{Guid.Empty}/statements", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/funds/portal", InstitutionOnly, _ => ("/api/v1/training/funds/portal", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/funds/portal/enrolments", InstitutionOnly, _ => ("/api/v1/training/funds/portal/enrolments", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/funds/portal/enrolments/{enrolmentId}/ledger", InstitutionOnly, _ => ($"/api/v1/training/funds/portal/enrolments/{Guid.Empty}/ledger", null), HttpStatusCode.NotFound),
        new("POST", "/api/v1/training/funds/portal/lessons", InstitutionOnly, _ => ("/api/v1/training/funds/portal/lessons", new { }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/training/funds/portal/refunds", InstitutionOnly, _ => ("/api/v1/training/funds/portal/refunds", new { }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/training/funds/portal/refunds/{refundId}", InstitutionOnly, _ => ($"/api/v1/training/funds/portal/refunds/{Guid.Empty}", new { }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/training/funds/portal/releases", InstitutionOnly, _ => ("/api/v1/training/funds/portal/releases", new { }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/training/funds/recompute", OfficerOnly, _ => ("/api/v1/training/funds/recompute", new { }), HttpStatusCode.OK),
        new("GET", "/api/v1/training/funds/statements/{statementId}", TrainingReaders, _ => ($"/api/v1/training/funds/statements/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("POST", "/api/v1/training/funds/statements/{statementId}/reconcile", OfficerOnly, _ => ($"/api/v1/training/funds/statements/{Guid.Empty}/reconcile", new { }), HttpStatusCode.NotFound),
        new("POST", "/api/v1/training/inspections/conflicts/{id}/end", OfficerOnly, _ => ($"/api/v1/training/inspections/conflicts/{Guid.Empty}/end", new { }), HttpStatusCode.NotFound),
        new("GET", "/api/v1/training/inspections/credit-items", TrainingInspectors, _ => ("/api/v1/training/inspections/credit-items", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/inspections/files/{id}", Everyone, _ => ($"/api/v1/training/inspections/files/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/training/inspections/officers", TrainingReaders, _ => ("/api/v1/training/inspections/officers", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/inspections/officers", OfficerOnly, _ => ("/api/v1/training/inspections/officers", new { }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/training/inspections/officers/{id}/conflicts", OfficerOnly, _ => ($"/api/v1/training/inspections/officers/{Guid.Empty}/conflicts", new { institutionId = Guid.Empty, reason = "回避测试" }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/inspections/plans", TrainingReaders, _ => ("/api/v1/training/inspections/plans", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/inspections/plans", OfficerOnly, _ => ("/api/v1/training/inspections/plans", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/inspections/plans/defaults", TrainingReaders, _ => ("/api/v1/training/inspections/plans/defaults", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/inspections/plans/{id}", TrainingReaders, _ => ($"/api/v1/training/inspections/plans/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("POST", "/api/v1/training/inspections/plans/{id}/draw", OfficerOnly, _ => ($"/api/v1/training/inspections/plans/{Guid.Empty}/draw", new { publicDraw = "福彩3D第2026300期 123", dice = new[] { "1234", "5678", "9012" } }), HttpStatusCode.NotFound),
        new("POST", "/api/v1/training/inspections/plans/{id}/freeze", OfficerOnly, _ => ($"/api/v1/training/inspections/plans/{Guid.Empty}/freeze", new { }), HttpStatusCode.NotFound),
        new("POST", "/api/v1/training/inspections/plans/{id}/publish", OfficerOnly, _ => ($"/api/v1/training/inspections/plans/{Guid.Empty}/publish", new { }), HttpStatusCode.NotFound),
        new("GET", "/api/v1/training/inspections/portal/rectifications", InstitutionOnly, _ => ("/api/v1/training/inspections/portal/rectifications", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/inspections/portal/rectifications/{id}/answer", InstitutionOnly, _ => ($"/api/v1/training/inspections/portal/rectifications/{Guid.Empty}/answer", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/inspections/public/{planId}/{file}", [], _ => ($"/api/v1/training/inspections/public/{Guid.Empty}/draw.csv", null), HttpStatusCode.NotFound, Public: true),
        new("GET", "/api/v1/training/inspections/rectifications", TrainingReaders, _ => ("/api/v1/training/inspections/rectifications", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/inspections/rectifications/{id}/verify", TrainingInspectors, _ => ($"/api/v1/training/inspections/rectifications/{Guid.Empty}/verify", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/inspections/tasks/mine", TrainingInspectors, _ => ("/api/v1/training/inspections/tasks/mine", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/inspections/tasks/{id}", TrainingInspectors, _ => ($"/api/v1/training/inspections/tasks/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("POST", "/api/v1/training/inspections/tasks/{id}/submit", TrainingInspectors, _ => ($"/api/v1/training/inspections/tasks/{Guid.Empty}/submit", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/institutions", TrainingReaders, _ => ("/api/v1/training/institutions", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/institutions", OfficerOnly, _ => ("/api/v1/training/institutions", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/institutions/export", TrainingReaders, _ => ("/api/v1/training/institutions/export", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/institutions/find", TrainingReaders, _ => ("/api/v1/training/institutions/find", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/institutions/{id}", TrainingReaders, _ => ($"/api/v1/training/institutions/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("PUT", "/api/v1/training/institutions/{id}", OfficerOnly, _ => ($"/api/v1/training/institutions/{Guid.Empty}", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/institutions/{id}/notices", TrainingReaders, _ => ($"/api/v1/training/institutions/{Guid.Empty}/notices", null), HttpStatusCode.NotFound),
        new("POST", "/api/v1/training/institutions/{id}/notices", OfficerOnly, _ => ($"/api/v1/training/institutions/{Guid.Empty}/notices", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/licensing/applications", TrainingReaders, _ => ("/api/v1/training/licensing/applications", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/licensing/applications/{id}", TrainingReaders, _ => ($"/api/v1/training/licensing/applications/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("POST", "/api/v1/training/licensing/applications/{id}/decision", OfficerOnly, _ => ($"/api/v1/training/licensing/applications/{Guid.Empty}/decision", new { }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/training/licensing/applications/{id}/opinions", OfficerOnly, _ => ($"/api/v1/training/licensing/applications/{Guid.Empty}/opinions", new { }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/training/licensing/opinions/{id}", OfficerOnly, _ => ($"/api/v1/training/licensing/opinions/{Guid.Empty}", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/licensing/reviews", TrainingReaders, _ => ("/api/v1/training/licensing/reviews?year=2026", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/licensing/reviews", OfficerOnly, _ => ("/api/v1/training/licensing/reviews", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/penalties", TrainingReaders, _ => ("/api/v1/training/penalties", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/penalties", OfficerOnly, _ => ("/api/v1/training/penalties", new { }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/training/penalties/{id}/lift", OfficerOnly, _ => ($"/api/v1/training/penalties/{Guid.Empty}/lift", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/portal/changes", InstitutionOnly, _ => ("/api/v1/training/portal/changes", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/portal/changes", InstitutionOnly, _ => ("/api/v1/training/portal/changes", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/portal/complaints", InstitutionOnly, _ => ("/api/v1/training/portal/complaints", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/portal/complaints/{id}/account", InstitutionOnly, _ => ($"/api/v1/training/portal/complaints/{Guid.Empty}/account", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/portal/credit", InstitutionOnly, _ => ("/api/v1/training/portal/credit", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/portal/credit/objections", InstitutionOnly, _ => ("/api/v1/training/portal/credit/objections", new { }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/training/portal/credit/repairs", InstitutionOnly, _ => ("/api/v1/training/portal/credit/repairs", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/portal/documents/{id}", InstitutionOnly, _ => ($"/api/v1/training/portal/documents/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("GET", "/api/v1/training/portal/home", InstitutionOnly, _ => ("/api/v1/training/portal/home", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/portal/institution", InstitutionOnly, _ => ("/api/v1/training/portal/institution", null), HttpStatusCode.OK),
        new("GET", "/api/v1/training/portal/licensing/applications", InstitutionOnly, _ => ("/api/v1/training/portal/licensing/applications", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/portal/licensing/applications", InstitutionOnly, _ => ("/api/v1/training/portal/licensing/applications", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/portal/licensing/applications/{id}", InstitutionOnly, _ => ($"/api/v1/training/portal/licensing/applications/{Guid.Empty}", null), HttpStatusCode.NotFound),
        new("POST", "/api/v1/training/portal/licensing/applications/{id}/withdraw", InstitutionOnly, _ => ($"/api/v1/training/portal/licensing/applications/{Guid.Empty}/withdraw", new { }), HttpStatusCode.NotFound),
        new("GET", "/api/v1/training/portal/notices", InstitutionOnly, _ => ("/api/v1/training/portal/notices", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/portal/notices/{id}/answer", InstitutionOnly, _ => ($"/api/v1/training/portal/notices/{Guid.Empty}/answer", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/public/institutions", [], _ => ("/api/v1/training/public/institutions", null), HttpStatusCode.OK, Public: true),
        new("GET", "/api/v1/training/public/institutions/{id}", [], _ => ($"/api/v1/training/public/institutions/{Guid.Empty}", null), HttpStatusCode.NotFound, Public: true),
        new("GET", "/api/v1/training/public/lists", [], _ => ("/api/v1/training/public/lists", null), HttpStatusCode.OK, Public: true),
        new("GET", "/api/v1/training/referrals", TrainingReaders, _ => ("/api/v1/training/referrals", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/referrals", OfficerOnly, _ => ("/api/v1/training/referrals", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/referrals/{id}/steps", TrainingReaders, _ => ($"/api/v1/training/referrals/{Guid.Empty}/steps", null), HttpStatusCode.NotFound),
        new("POST", "/api/v1/training/referrals/{id}/steps", OfficerOnly, _ => ($"/api/v1/training/referrals/{Guid.Empty}/steps", new { }), HttpStatusCode.BadRequest),
        new("GET", "/api/v1/training/rules", TrainingReaders, _ => ("/api/v1/training/rules", null), HttpStatusCode.OK),
        new("POST", "/api/v1/training/rules/versions", OfficerOnly, _ => ("/api/v1/training/rules/versions", new { }), HttpStatusCode.BadRequest),
        new("POST", "/api/v1/training/staff/{id}/reveal", OfficerOnly, _ => ($"/api/v1/training/staff/{Guid.Empty}/reveal", new { }), HttpStatusCode.NotFound),
    ];

    /// <param name="ScopeChecked">The page shows one school's record (default: routes with an {Id} parameter).</param>
    private sealed record PageRow(string Route, string[] Allowed, Func<Ids, string> Url, bool? ScopeChecked = null, bool Inspection = false)
    {
        public bool IsScopeChecked => ScopeChecked ?? Route.Contains("{Id", StringComparison.Ordinal);
    }

    private static readonly PageRow[] Pages =
    [
        new("/", Everyone, _ => "/"),
        new("/account/security", Everyone, _ => "/account/security"),
        new("/audit", ["leader"], _ => "/audit"),
        new("/import", Managers, _ => "/import"),
        new("/import/{Kind}", Managers, _ => "/import/students"),
        new("/registry/schools", Readers, _ => "/registry/schools"),
        new("/registry/schools/{Id:guid}", Readers, ids => $"/registry/schools/{ids.SchoolA}"),
        new("/registry/students", Readers, _ => "/registry/students"),
        new("/registry/students/new", Managers, _ => "/registry/students/new"),
        new("/registry/students/{Id:guid}", Readers, ids => $"/registry/students/{ids.StudentA}"),
        new("/registry/record-changes", Readers, _ => "/registry/record-changes"),
        new("/registry/staff", Readers, _ => "/registry/staff"),
        new("/registry/staff/new", Managers, _ => "/registry/staff/new"),
        new("/registry/staff/{Id:guid}", Readers, ids => $"/registry/staff/{ids.StaffA}"),
        new("/registry/organisation", Readers, _ => "/registry/organisation"),
        new("/inspection/issues", Readers, _ => "/inspection/issues"),
        new("/inspection/bulletins", Readers, _ => "/inspection/bulletins"),
        new("/inspection/issues/{Id:guid}", Readers, ids => $"/inspection/issues/{ids.IssueA}", Inspection: true),
        new("/inspection/rectification-plans/{SchoolId:guid}", Readers, ids => $"/inspection/rectification-plans/{ids.SchoolA}", true, true),
        new("/inspection/inspectors", Readers, _ => "/inspection/inspectors"),
        new("/inspection/inspectors/new", OfficerOnly, _ => "/inspection/inspectors/new"),
        new("/inspection/inspectors/{Id:guid}", Readers, ids => $"/inspection/inspectors/{ids.InspectorA}", false),
        new("/inspection/inspectors/{Id:guid}/edit", OfficerOnly, ids => $"/inspection/inspectors/{ids.InspectorA}/edit", false),
        new("/inspection/signs", Readers, _ => "/inspection/signs"),
        new("/inspection/signs/{SchoolId:guid}", Readers, ids => $"/inspection/signs/{ids.SchoolA}", true, true),
        new("/inspection/settings", OfficerOnly, _ => "/inspection/settings"),
        new("/inspection/visits", Readers, _ => "/inspection/visits"),
        new("/inspection/visits/emergency", Inspectors, _ => "/inspection/visits/emergency"),
        new("/inspection/visits/{Id:guid}", Readers, ids => $"/inspection/visits/{ids.VisitA}", Inspection: true),
        new("/inspection/templates", Readers, _ => "/inspection/templates"),
        new("/inspection/templates/new", OfficerOnly, _ => "/inspection/templates/new"),
        new("/inspection/templates/{Id:guid}", Readers, ids => $"/inspection/templates/{ids.TemplateA}", false),
        new("/inspection/balanced", Readers, _ => "/inspection/balanced"),
        new("/inspection/facilities", Readers, _ => "/inspection/facilities"),
        new("/admission/rounds", AdmissionReaders, _ => "/admission/rounds"),
        new("/admission/rounds/{Id:guid}", AdmissionReaders, ids => $"/admission/rounds/{ids.RoundA}", false),
        new("/admission/rounds/{Id:guid}/ceremony", AdmissionReaders, ids => $"/admission/rounds/{ids.RoundA}/ceremony", false),
        new("/admission/seats", AdmissionReaders, ids => $"/admission/seats?round={ids.RoundA}"),
        new("/admission/catchments", AdmissionReaders, _ => "/admission/catchments"),
        new("/admission/applications", AdmissionReaders, _ => "/admission/applications"),
        new("/admission/applications/{Id:guid}", AdmissionReaders, ids => $"/admission/applications/{ids.ApplicationA}"),
        new("/admission/verification", AdmissionVerifiers, _ => "/admission/verification"),
        new("/admission/verification/{Id:guid}", AdmissionVerifiers, ids => $"/admission/verification/{ids.ApplicationA}"),
        new("/admission/ceremony", AdmissionReaders, _ => "/admission/ceremony"),
        new("/admission/results", AdmissionReaders, _ => "/admission/results"),
        new("/admission/appeals", AdmissionReaders, _ => "/admission/appeals"),
        new("/admission/forecast", AdmissionReaders, _ => "/admission/forecast"),
        new("/admission/forecast/{SchoolId:guid}", AdmissionReaders, ids => $"/admission/forecast/{ids.SchoolA}", true),
        new("/training", TrainingReaders, _ => "/training"),
        new("/training/alerts", TrainingReaders, _ => "/training/alerts"),
        new("/training/changes", OfficerOnly, _ => "/training/changes"),
        new("/training/complaints", TrainingReaders, _ => "/training/complaints"),
        new("/training/complaints/new", OfficerOnly, _ => "/training/complaints/new"),
        new("/training/complaints/{Id:guid}", TrainingReaders, ids => $"/training/complaints/{ids.ComplaintA}", false),
        new("/training/credit", TrainingReaders, _ => "/training/credit"),
        new("/training/credit/catalogue", TrainingReaders, _ => "/training/credit/catalogue"),
        new("/training/credit/lists", TrainingReaders, _ => "/training/credit/lists"),
        new("/training/credit/objections", TrainingReaders, _ => "/training/credit/objections"),
        new("/training/credit/repairs", TrainingReaders, _ => "/training/credit/repairs"),
        new("/training/credit/{InstitutionId:guid}", TrainingReaders, ids => $"/training/credit/{ids.InstitutionA}", false),
        new("/training/funds", TrainingReaders, _ => "/training/funds"),
        new("/training/funds/{InstitutionId:guid}", TrainingReaders, ids => $"/training/funds/{ids.InstitutionA}", false),
        new("/training/funds/statements/{StatementId:guid}", TrainingReaders, _ => $"/training/funds/statements/{Guid.Empty}", false),
        new("/training/inspections", TrainingReaders, _ => "/training/inspections"),
        new("/training/inspections/officers", TrainingReaders, _ => "/training/inspections/officers"),
        new("/training/inspections/plans/{Id:guid}", TrainingReaders, ids => $"/training/inspections/plans/{ids.PlanA}", false),
        new("/training/inspections/rectifications", TrainingReaders, _ => "/training/inspections/rectifications"),
        new("/training/inspections/tasks", TrainingInspectors, _ => "/training/inspections/tasks"),
        new("/training/inspections/tasks/{Id:guid}", TrainingInspectors, ids => $"/training/inspections/tasks/{ids.TaskA}", false),
        new("/training/institutions", TrainingReaders, _ => "/training/institutions"),
        new("/training/institutions/new", OfficerOnly, _ => "/training/institutions/new"),
        new("/training/institutions/{Id:guid}", TrainingReaders, ids => $"/training/institutions/{ids.InstitutionA}", false),
        new("/training/institutions/{Id:guid}/edit", OfficerOnly, ids => $"/training/institutions/{ids.InstitutionA}/edit", false),
        new("/training/licensing", TrainingReaders, _ => "/training/licensing"),
        new("/training/licensing/reviews", TrainingReaders, _ => "/training/licensing/reviews"),
        new("/training/licensing/{Id:guid}", TrainingReaders, ids => $"/training/licensing/{ids.LicenceA}", false),
        new("/training/penalties", TrainingReaders, _ => "/training/penalties"),
        new("/training/referrals", TrainingReaders, _ => "/training/referrals"),
        new("/training/rules", TrainingReaders, _ => "/training/rules"),
        new("/training/portal", InstitutionOnly, _ => "/training/portal"),
        new("/training/portal/changes", InstitutionOnly, _ => "/training/portal/changes"),
        new("/training/portal/complaints", InstitutionOnly, _ => "/training/portal/complaints"),
        new("/training/portal/credit", InstitutionOnly, _ => "/training/portal/credit"),
        new("/training/portal/funds", InstitutionOnly, _ => "/training/portal/funds"),
        new("/training/portal/funds/enrol", InstitutionOnly, _ => "/training/portal/funds/enrol"),
        new("/training/portal/licensing", InstitutionOnly, _ => "/training/portal/licensing"),
        new("/training/portal/licensing/{Id:guid}", InstitutionOnly, _ => $"/training/portal/licensing/{Guid.Empty}", false),
        new("/training/portal/notices", InstitutionOnly, _ => "/training/portal/notices"),
        new("/training/portal/rectifications", InstitutionOnly, _ => "/training/portal/rectifications"),
    ];

    private static readonly string[] PublicPages = ["/account/login", "/account/denied", "/not-found", "/public/catchment", "/public/lottery/{RoundId:guid}", "/public/results/{RoundId:guid}", "/apply/login",
        "/public/training", "/public/training/{Id:guid}", "/public/training/lists", "/public/training/complaint", "/public/training/complaint/status",
        "/public/training/inspections/{PlanId:guid}", "/training/register", "/training/confirm/{Token}"];

    /// <summary>The parent portal: only a parent signed in with a phone and a one-time code gets in; everyone else is sent to its sign-in.</summary>
    private static readonly string[] ParentPages = ["/apply", "/apply/new", "/apply/{Id:guid}", "/apply/{Id:guid}/edit"];

    [Fact]
    public async Task TheTables_CoverEveryApiEndpointAndEveryPage()
    {
        using var anonymous = SignedInClient.Anonymous(host.Process.BaseUrl);
        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/api/v1/openapi.json"));
        var published = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(method => $"{method.Name.ToUpperInvariant()} {path.Name}"))
            .Order(StringComparer.Ordinal).ToList();
        var routes = Modules.All.Select(m => m.PagesAssembly).Append(typeof(Modules).Assembly).Append(typeof(EduGov.Platform.PlatformServices).Assembly).Distinct()
            .SelectMany(a => a.GetTypes()).SelectMany(t => t.GetCustomAttributes<RouteAttribute>()).Select(r => r.Template)
            .Order(StringComparer.Ordinal).ToList();

        published.ShouldBe(Api.Select(r => $"{r.Method} {r.Path}").Order(StringComparer.Ordinal).ToList());
        routes.ShouldBe(Pages.Select(p => p.Route).Concat(PublicPages).Concat(ParentPages).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task ApiEndpoints_AnswerEachRoleByPermission_AndAnonymousWith401()
    {
        var failures = new List<string>();
        foreach (var row in Api)
        {
            var (url, body) = row.Request(host.Ids);
            foreach (var account in Everyone.Prepend("anonymous"))
            {
                var expected = Expected(row, account);
                using var request = new HttpRequestMessage(new HttpMethod(row.Method), url) { Content = body is null ? null : JsonContent.Create(body) };
                using var response = await host.Client(account).SendAsync(request);
                if (response.StatusCode != expected)
                {
                    failures.Add($"{row.Method} {url} as {account}: expected {(int)expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        failures.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/api/v1/schools/{0}", "SchoolA")]
    [InlineData("/api/v1/students/{0}", "StudentA")]
    [InlineData("/api/v1/staff/{0}", "StaffA")]
    public async Task RecordsOfAnotherSchool_AreForbidden_ToThatSchoolsAdministrator(string template, string record)
    {
        var id = (Guid)typeof(Ids).GetProperty(record)!.GetValue(host.Ids)!;

        using var own = await host.Client("school").GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, id));
        using var other = await host.Client("school2").GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, id));

        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        other.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var problem = await other.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("不在您的管理范围内");
    }

    [Fact]
    public async Task WritesAndRevealsOnAnotherSchoolsPupil_AreForbidden()
    {
        var change = new { studentId = host.Ids.StudentA, kind = "Suspension", effectiveOn = "2026-12-01", reason = "越权测试", toSchoolId = (Guid?)null, toClassId = (Guid?)null };
        using var write = await host.Client("school2").PostAsJsonAsync($"/api/v1/students/{host.Ids.StudentA}/record-changes", change);
        using var reveal = await host.Client("school2").PostAsJsonAsync("/api/v1/personal-data/reveal", new { field = "StudentIdNumber", recordId = host.Ids.StudentA });

        write.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        reveal.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Pages_RenderForAllowedRoles_DenyOthers_AndRedirectAnonymousToSignIn()
    {
        var failures = new List<string>();
        foreach (var row in Pages)
        {
            var url = row.Url(host.Ids);
            foreach (var account in Everyone.Prepend("anonymous"))
            {
                using var response = await host.Client(account).GetAsync(url);
                var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
                var location = response.Headers.Location?.OriginalString ?? "";
                var outcome = response.StatusCode == HttpStatusCode.Redirect && location.Contains("/account/login", StringComparison.Ordinal) ? "redirect"
                    : response.StatusCode == HttpStatusCode.Redirect && location.Contains("/account/denied", StringComparison.Ordinal) ? "denied"
                    : response.StatusCode == HttpStatusCode.OK && html.Contains("不在您的管理范围内", StringComparison.Ordinal) ? "out of scope"
                    : response.StatusCode == HttpStatusCode.OK && html.Contains("id=\"page-title\"", StringComparison.Ordinal) ? "shown"
                    : $"{(int)response.StatusCode}";
                var expected = account == "anonymous" ? "redirect"
                    : !row.Allowed.Contains(account) ? "denied"
                    : row.IsScopeChecked && !host.Ids.CoversSchoolA(account, row.Inspection) ? "out of scope"
                    : "shown";
                if (outcome != expected)
                {
                    failures.Add($"{url} as {account}: expected {expected}, got {outcome}");
                }
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task ParentPortalPages_SendEveryoneWithoutAParentSignInToThePortalSignIn()
    {
        var failures = new List<string>();
        foreach (var route in ParentPages)
        {
            var url = route.Replace("{Id:guid}", host.Ids.ApplicationA.ToString(), StringComparison.Ordinal);
            foreach (var account in Everyone.Prepend("anonymous"))
            {
                using var response = await host.Client(account).GetAsync(url);
                var location = response.Headers.Location?.OriginalString ?? "";
                if (response.StatusCode != HttpStatusCode.Redirect || !location.Contains("/apply/login", StringComparison.Ordinal))
                {
                    failures.Add($"{url} as {account}: expected a redirect to /apply/login, got {(int)response.StatusCode} {location}");
                }
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task DetailPagesOfAnotherSchool_ShowTheScopeRefusalInsteadOfTheRecord()
    {
        var html = WebUtility.HtmlDecode(await host.Client("school2").GetStringAsync($"/registry/students/{host.Ids.StudentA}"));

        html.ShouldContain("不在您的管理范围内");
        html.ShouldNotContain(host.Ids.StudentAName);
    }

    private HttpStatusCode Expected(ApiRow row, string account) =>
        row.Public ? row.AllowedStatus
        : account == "anonymous" ? HttpStatusCode.Unauthorized
        : !row.Allowed.Contains(account) ? HttpStatusCode.Forbidden
        : row.ReachesScopeCheck && !host.Ids.CoversSchoolA(account, row.Inspection) ? HttpStatusCode.Forbidden
        : row.AllowedStatus;

    /// <summary>Records of school A (the <c>school</c> account's school); the inspector's zone may or may not include it.</summary>
    public sealed record Ids(Guid SchoolA, Guid StudentA, string StudentAName, Guid StaffA, bool InspectorCoversSchoolA, Guid IssueA, bool InspectorInspectsSchoolA, Guid InspectorA, Guid VisitA, Guid TemplateA, Guid RoundA, Guid ApplicationA,
        Guid InstitutionA, Guid ComplaintA, Guid PlanA, Guid TaskA, Guid LicenceA)
    {
        public bool CoversSchoolA(string account, bool inspection = false) => account switch
        {
            "leader" or "officer" or "school" => true,
            "inspector" => inspection ? InspectorInspectsSchoolA : InspectorCoversSchoolA,
            _ => false,
        };
    }
}
