using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Inspections;

/// <summary>Adds an enforcement officer to the pool (执法检查人员名录库) or edits one: 执法证号 unique, areas, an optional account.</summary>
public static class SaveOfficer
{
    public sealed record Command
    {
        public Guid? Id { get; init; }
        public string Name { get; init; } = "";
        public string Department { get; init; } = "";
        public string CertificateNumber { get; init; } = "";
        public IReadOnlyList<string> Areas { get; init; } = [];
        public string Qualifications { get; init; } = "";
        public bool Active { get; init; } = true;

        /// <summary>The user name of an Officer- or Inspector-role account to link, or empty for none.</summary>
        public string? UserName { get; init; }
    }

    private static readonly System.Buffers.SearchValues<char> CertificateForbidden = System.Buffers.SearchValues.Create("|/;,\" \r\n");

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("请填写姓名").MaximumLength(50).WithMessage("姓名不能超过 50 个字")
                .Must(n => !n.AsSpan().ContainsAny(",;\"\r\n")).WithMessage("姓名不能含逗号、分号、引号或换行");
            RuleFor(c => c.Department).Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage("请填写所在科室或单位").MaximumLength(100).WithMessage("科室不能超过 100 个字");
            RuleFor(c => c.CertificateNumber).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("请填写执法证号")
                .MaximumLength(50).WithMessage("执法证号不能超过 50 个字符")
                .Must(n => !n.Trim().AsSpan().ContainsAny(CertificateForbidden)).WithMessage("执法证号不能含空格、逗号、分号、斜线、竖线或引号");
            RuleForEach(c => c.Areas).Must(a => !string.IsNullOrWhiteSpace(a) && !a.AsSpan().ContainsAny(";\r\n")).WithMessage("区域名称不能为空，也不能含分号或换行");
            RuleFor(c => c.Areas).Must(a => string.Join(';', a).Length <= 500).WithMessage("负责区域合计不能超过 500 个字");
            RuleFor(c => c.Qualifications).MaximumLength(500).WithMessage("执法资格不能超过 500 个字");
            RuleFor(c => c.UserName).MaximumLength(256).WithMessage("用户名过长");
        }
    }

    internal sealed class Handler(
        IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, Validator validator, UserManager<UserAccount> accounts, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            InspectionAccess.DemandPlanning(users.User);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var officer = command.Id is { } id
                ? await db.EnforcementOfficers.FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException("执法人员不存在。")
                : db.EnforcementOfficers.Add(new EnforcementOfficer { CreatedAt = now }).Entity;
            var certificate = command.CertificateNumber.Trim().ToUpperInvariant();
            var holder = await db.EnforcementOfficers.Where(o => o.CertificateNumber == certificate && o.Id != officer.Id).Select(o => o.Name).FirstOrDefaultAsync(ct);
            if (holder is not null)
            {
                throw new ConflictException($"执法证号 {certificate} 已登记给 {holder}，同一证号不能重复登记。");
            }

            var account = await LinkedAccountAsync(db, officer.Id, command.UserName, ct);
            officer.Name = command.Name.Trim();
            officer.Department = command.Department.Trim();
            officer.CertificateNumber = certificate;
            officer.Areas = string.Join(';', command.Areas.Select(a => a.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            officer.Qualifications = command.Qualifications.Trim();
            officer.Active = command.Active;
            officer.UserId = account?.Id;
            officer.UserName = account?.UserName ?? "";
            officer.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
            return officer.Id;
        }

        private async Task<UserAccount?> LinkedAccountAsync(TrainingDbContext db, Guid officerId, string? userName, CancellationToken ct)
        {
            if (string.IsNullOrWhiteSpace(userName))
            {
                return null;
            }

            var account = await accounts.FindByNameAsync(userName.Trim())
                ?? throw new InvalidInputException(nameof(Command.UserName), $"没有用户名为“{userName.Trim()}”的账号");
            if (account.Role is not (Role.Officer or Role.Inspector))
            {
                throw new InvalidInputException(nameof(Command.UserName), $"账号“{account.UserName}”的角色是{RoleNames.Chinese(account.Role)}，只能关联科室业务员或督学的账号");
            }

            var other = await db.EnforcementOfficers.Where(o => o.UserId == account.Id && o.Id != officerId).Select(o => o.Name).FirstOrDefaultAsync(ct);
            return other is null ? account : throw new ConflictException($"账号“{account.UserName}”已关联执法人员 {other}，一个账号只能关联一名执法人员。");
        }
    }
}

/// <summary>回避: records that an officer may not inspect an institution, or ends such a record (kept, never deleted).</summary>
public static class OfficerConflicts
{
    public sealed record AddCommand(Guid OfficerId, Guid InstitutionId, string Reason);

    internal sealed class Validator : AbstractValidator<AddCommand>
    {
        public Validator()
        {
            RuleFor(c => c.OfficerId).NotEmpty().WithMessage("请选择执法人员");
            RuleFor(c => c.InstitutionId).NotEmpty().WithMessage("请选择须回避的机构");
            RuleFor(c => c.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("请填写回避理由").MaximumLength(200).WithMessage("回避理由不能超过 200 个字");
        }
    }

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, Validator validator, TimeProvider clock)
    {
        public async Task<Guid> AddAsync(AddCommand command, CancellationToken ct = default)
        {
            var user = users.User;
            InspectionAccess.DemandPlanning(user);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var officer = await db.EnforcementOfficers.FirstOrDefaultAsync(o => o.Id == command.OfficerId, ct) ?? throw new NotFoundException("执法人员不存在。");
            var institution = await db.Institutions.Where(i => i.Id == command.InstitutionId).Select(i => i.Name).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException("培训机构不存在。");
            if (await db.OfficerConflicts.AnyAsync(c => c.OfficerId == officer.Id && c.InstitutionId == command.InstitutionId && c.EndedAt == null, ct))
            {
                throw new ConflictException($"{officer.Name} 与 {institution} 的回避关系已登记。");
            }

            var conflict = db.OfficerConflicts.Add(new OfficerConflict
            {
                OfficerId = officer.Id,
                InstitutionId = command.InstitutionId,
                Reason = command.Reason.Trim(),
                RecordedBy = user.Name,
                RecordedAt = clock.GetUtcNow().UtcDateTime,
            }).Entity;
            await db.SaveChangesAsync(ct);
            return conflict.Id;
        }

        public async Task EndAsync(Guid conflictId, CancellationToken ct = default)
        {
            var user = users.User;
            InspectionAccess.DemandPlanning(user);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var conflict = await db.OfficerConflicts.FirstOrDefaultAsync(c => c.Id == conflictId, ct) ?? throw new NotFoundException("回避记录不存在。");
            if (conflict.EndedAt is not null)
            {
                throw new ConflictException("该回避关系已解除。");
            }

            conflict.EndedAt = clock.GetUtcNow().UtcDateTime;
            conflict.EndedBy = user.Name;
            await db.SaveChangesAsync(ct);
        }
    }
}

/// <summary>The officer pool with each officer's current conflicts, paged and searchable; and institutions to pick for a conflict.</summary>
public static class ListOfficers
{
    public sealed record Query(string? Search = null, bool ActiveOnly = false);

    public sealed record ConflictRow(Guid Id, Guid InstitutionId, string InstitutionName, string Reason, DateTime RecordedAt);

    public sealed record Row(
        Guid Id, string Name, string Department, string CertificateNumber, IReadOnlyList<string> Areas, string Qualifications, bool Active,
        string UserName, IReadOnlyList<ConflictRow> Conflicts);

    public sealed record InstitutionOption(Guid Id, string Name, string CreditCode);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<Platform.Querying.PageResult<Row>> HandleAsync(Query query, Platform.Querying.PageRequest page, CancellationToken ct = default)
        {
            InspectionAccess.DemandView(users.User);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var officers = db.EnforcementOfficers.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var search = query.Search.Trim();
                var upper = search.ToUpperInvariant();
                officers = officers.Where(o => o.Name.Contains(search) || o.CertificateNumber.Contains(upper) || o.Department.Contains(search) || o.Areas.Contains(search));
            }

            if (query.ActiveOnly)
            {
                officers = officers.Where(o => o.Active);
            }

            var result = await Platform.Querying.PagingExtensions.ToPageAsync(officers.OrderBy(o => o.CertificateNumber), page, ct);
            var ids = result.Items.Select(o => o.Id).ToList();
            var conflicts = await (from c in db.OfficerConflicts
                                   join i in db.Institutions on c.InstitutionId equals i.Id
                                   where ids.Contains(c.OfficerId) && c.EndedAt == null
                                   orderby c.RecordedAt
                                   select new { c.OfficerId, Row = new ConflictRow(c.Id, i.Id, i.Name, c.Reason, c.RecordedAt) }).ToListAsync(ct);
            var byOfficer = conflicts.ToLookup(c => c.OfficerId, c => c.Row);
            return new(
                [.. result.Items.Select(o => new Row(o.Id, o.Name, o.Department, o.CertificateNumber, o.AreaList, o.Qualifications, o.Active, o.UserName, [.. byOfficer[o.Id]]))],
                result.Total, result.Page, result.Size);
        }

        public async Task<IReadOnlyList<InstitutionOption>> InstitutionsAsync(string? search, CancellationToken ct = default)
        {
            InspectionAccess.DemandView(users.User);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var institutions = db.Institutions.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(search))
            {
                var text = search.Trim();
                var upper = text.ToUpperInvariant();
                institutions = institutions.Where(i => i.Name.Contains(text) || i.CreditCode.Contains(upper));
            }

            return await institutions.OrderBy(i => i.CreditCode).Take(20).Select(i => new InstitutionOption(i.Id, i.Name, i.CreditCode)).ToListAsync(ct);
        }
    }
}
