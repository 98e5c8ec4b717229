using EduGov.Platform.Errors;
using EduGov.Platform.Privacy;
using EduGov.Standards;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Complaints;

/// <summary>
/// 投诉进度查询 on the public page: the complaint number and the phone it was filed with, or nothing. A wrong phone and an
/// unknown number get the same answer, so that numbers cannot be probed.
/// </summary>
public static class LookUpComplaintStatus
{
    public const string NotFoundMessage = "没有找到该投诉，请核对投诉编号和联系电话。";

    public sealed record Query(string Number, string Phone);

    public sealed record Result(
        string Number, string InstitutionName, ComplaintCategory Category, DateOnly ReceivedOn, DateOnly AnswerDue,
        ComplaintStatus Status, string Answer, DateOnly? AnsweredOn);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, FieldProtector protector)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken ct = default)
        {
            var number = query.Number.Trim();
            if (number.Length == 0)
            {
                throw new InvalidInputException(nameof(Query.Number), "请填写投诉编号");
            }

            var phone = PhoneNumber.Validate(query.Phone);
            if (!phone.IsValid)
            {
                throw new InvalidInputException(nameof(Query.Phone), phone.Error!);
            }

            var lookup = protector.LookupKey(phone.Value!);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var complaint = await db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.Number == number && c.PhoneLookup == lookup, ct)
                ?? throw new NotFoundException(NotFoundMessage);
            return new Result(complaint.Number, complaint.InstitutionName, complaint.Category, complaint.ReceivedOn, complaint.AnswerDue,
                complaint.Status, complaint.Status is ComplaintStatus.Answered or ComplaintStatus.Closed ? complaint.Answer : "", complaint.AnsweredOn);
        }
    }
}
