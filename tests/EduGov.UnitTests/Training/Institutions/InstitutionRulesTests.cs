using EduGov.Platform.Files;
using EduGov.Supervision;
using EduGov.Training.Domain;
using EduGov.Training.Institutions;
using EduGov.Training.Licensing;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Training.Institutions;

public sealed class InstitutionRulesTests
{
    [Theory]
    [InlineData(TrainingKind.Academic, TrainingCategory.AcademicSubject, false, 0)]
    [InlineData(TrainingKind.Academic, TrainingCategory.AcademicSubject, true, 1)]
    [InlineData(TrainingKind.Academic, TrainingCategory.Sports, true, 2)]
    [InlineData(TrainingKind.NonAcademic, TrainingCategory.AcademicSubject, false, 1)]
    [InlineData(TrainingKind.NonAcademic, TrainingCategory.Science, true, 0)]
    [InlineData(TrainingKind.NonAcademic, TrainingCategory.Other, false, 0)]
    public void KindProblems_FollowTheDoubleReductionRules(TrainingKind kind, TrainingCategory category, bool forProfit, int problems) =>
        InstitutionRules.KindProblems(kind, category, forProfit).Count.ShouldBe(problems);

    [Fact]
    public void Addresses_AreComparedWithoutSpacesAndFullWidthDigits()
    {
        InstitutionRules.SameAddress("世纪大道１００号 3楼", "世纪大道100号3楼").ShouldBeTrue();
        InstitutionRules.SameAddress("世纪大道100号", "世纪大道101号").ShouldBeFalse();
    }

    [Fact]
    public void VenueMismatch_OnlyForActiveVenues_WhenThereIsAPermit()
    {
        InstitutionRules.VenueDiffersFromPermit(true, "张杨路1号", "世纪大道1号").ShouldBeTrue();
        InstitutionRules.VenueDiffersFromPermit(false, "张杨路1号", "世纪大道1号").ShouldBeFalse();
        InstitutionRules.VenueDiffersFromPermit(true, "张杨路1号", null).ShouldBeFalse();
        InstitutionRules.VenueDiffersFromPermit(true, "世纪大道 1号", "世纪大道1号").ShouldBeFalse();
    }

    [Fact]
    public void Qualification_IsRequiredOnlyOfAcademicTeachers()
    {
        InstitutionRules.QualificationProblem(TrainingKind.Academic, true, " ").ShouldNotBeNull();
        InstitutionRules.QualificationProblem(TrainingKind.Academic, false, "").ShouldBeNull();
        InstitutionRules.QualificationProblem(TrainingKind.Academic, true, "20093100142000123").ShouldBeNull();
        InstitutionRules.QualificationProblem(TrainingKind.NonAcademic, true, "").ShouldBeNull();
    }

    [Fact]
    public void Documents_ArePdfJpegOrPng_TenAtMost()
    {
        FileCheck.ProblemOf(new UploadedFile("报告.pdf", "%PDF-1.4"u8.ToArray()), DocumentStore.Policy).ShouldBeNull();
        FileCheck.ProblemOf(new UploadedFile("报告.pdf", "MZ"u8.ToArray()), DocumentStore.Policy).ShouldBe("“报告.pdf”不是 JPG、PNG 或 PDF 文件");
        DocumentStore.Policy.MaxCount.ShouldBe(10);
    }
}

public sealed class LicensingRulesTests
{
    [Fact]
    public void Departments_AreTheFourAlways_PlusTheCompetentOneOfTheCategory()
    {
        LicensingRules.DepartmentsFor(TrainingCategory.AcademicSubject).Count.ShouldBe(4);
        LicensingRules.DepartmentsFor(TrainingCategory.Sports).ShouldContain(Department.Sports);
        LicensingRules.DepartmentsFor(TrainingCategory.ArtsCulture).ShouldContain(Department.CultureTourism);
        LicensingRules.DepartmentsFor(TrainingCategory.Science).ShouldContain(Department.Science);
        LicensingRules.DepartmentsFor(TrainingCategory.Other).ShouldNotContain(Department.Sports);
    }

    [Fact]
    public void DueDates_CountWorkingDays_AndOverdueOnlyWhileOpen()
    {
        var calendar = new WorkingCalendar([new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 2)], [new DateOnly(2026, 10, 10)]);
        LicensingRules.DueOn(calendar, new DateOnly(2026, 9, 30), 2).ShouldBe(new DateOnly(2026, 10, 6));
        LicensingRules.IsOverdue(LicenceStatus.Reviewing, new DateOnly(2026, 10, 6), new DateOnly(2026, 10, 7)).ShouldBeTrue();
        LicensingRules.IsOverdue(LicenceStatus.Approved, new DateOnly(2026, 10, 6), new DateOnly(2026, 10, 7)).ShouldBeFalse();
        LicensingRules.WorkingDaysLeft(calendar, new DateOnly(2026, 10, 12), new DateOnly(2026, 10, 8)).ShouldBe(3);
        LicensingRules.WorkingDaysLeft(calendar, new DateOnly(2026, 10, 8), new DateOnly(2026, 10, 12)).ShouldBe(-3);
    }

    [Fact]
    public void WhatAnInstitutionMayFile_DependsOnItsStateAndPermit()
    {
        LicensingRules.CannotFile(LicenceKind.Renewal, InstitutionStatus.Licensed, true, false).ShouldBeNull();
        LicensingRules.CannotFile(LicenceKind.Renewal, InstitutionStatus.Licensed, true, true).ShouldNotBeNull();
        LicensingRules.CannotFile(LicenceKind.Renewal, InstitutionStatus.Applying, false, false).ShouldNotBeNull();
        LicensingRules.CannotFile(LicenceKind.New, InstitutionStatus.Refused, false, false).ShouldBeNull();
        LicensingRules.CannotFile(LicenceKind.New, InstitutionStatus.Licensed, true, false).ShouldNotBeNull();
        LicensingRules.CannotFile(LicenceKind.Closure, InstitutionStatus.Suspended, true, false).ShouldBeNull();
        LicensingRules.CannotFile(LicenceKind.Change, InstitutionStatus.Suspended, true, false).ShouldNotBeNull();
    }
}
