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
    ];

    private static readonly string[] PublicPages = ["/account/login", "/account/denied", "/not-found", "/public/catchment", "/public/lottery/{RoundId:guid}", "/public/results/{RoundId:guid}", "/apply/login"];

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
    public sealed record Ids(Guid SchoolA, Guid StudentA, string StudentAName, Guid StaffA, bool InspectorCoversSchoolA, Guid IssueA, bool InspectorInspectsSchoolA, Guid InspectorA, Guid VisitA, Guid TemplateA, Guid RoundA, Guid ApplicationA)
    {
        public bool CoversSchoolA(string account, bool inspection = false) => account switch
        {
            "leader" or "officer" or "school" => true,
            "inspector" => inspection ? InspectorInspectsSchoolA : InspectorCoversSchoolA,
            _ => false,
        };
    }
}
