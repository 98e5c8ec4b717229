using EduGov.Platform.Privacy;
using EduGov.Registry.Contracts;
using EduGov.Registry.Domain;
using EduGov.Standards;

namespace EduGov.Registry.Students;

/// <summary>Turns a validated registration into the stored pupil and guardians, every personal field protected. One place for the form, the API and imports.</summary>
internal static class StudentRecords
{
    public static Student Create(FieldProtector protector, RegisterStudent.Command command, Guid schoolId, string idNumber, DateTime nowUtc)
    {
        var id = protector.Protect(idNumber, Masking.IdNumber);
        var nationalNumber = string.IsNullOrWhiteSpace(command.NationalStudentNumber) && command.DocumentType == DocumentType.IdCard
            ? NationalStudentNumber.FromIdNumber(idNumber)
            : DigitNormalizer.Normalize(command.NationalStudentNumber);
        var address = protector.Protect(command.HomeAddress.Trim(), Masking.Address);
        var student = new Student
        {
            Name = command.Name.Trim(),
            Sex = command.Sex,
            BirthDate = command.BirthDate,
            DocumentType = command.DocumentType,
            IdNumberCipher = id.Cipher,
            IdNumberLookup = id.Lookup,
            IdNumberMasked = id.Masked,
            NationalStudentNumberCipher = nationalNumber.Length == 0 ? "" : protector.Encrypt(nationalNumber),
            NationalStudentNumberMasked = nationalNumber.Length == 0 ? "" : Masking.IdNumber(nationalNumber),
            HukouRegionCode = command.HukouRegionCode.Trim(),
            HomeAddressCipher = address.Cipher,
            HomeAddressMasked = address.Masked,
            SchoolId = schoolId,
            Grade = command.Grade,
            ClassId = command.ClassId,
            EnrolledOn = command.EnrolledOn,
            CreatedAt = nowUtc,
        };
        student.Guardians.AddRange(command.Guardians.Select(g => NewGuardian(protector, student.Id, g)));
        return student;
    }

    public static Guardian NewGuardian(FieldProtector protector, Guid studentId, RegisterStudent.GuardianInput input)
    {
        var phone = protector.Protect(DigitNormalizer.Normalize(input.Phone), Masking.Phone);
        return new Guardian { StudentId = studentId, Name = input.Name.Trim(), Relation = input.Relation.Trim(), PhoneCipher = phone.Cipher, PhoneLookup = phone.Lookup, PhoneMasked = phone.Masked };
    }
}
