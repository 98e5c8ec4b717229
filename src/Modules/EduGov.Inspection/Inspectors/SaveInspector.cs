using EduGov.Inspection.Attachments;
using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Platform.Errors;
using EduGov.Platform.Files;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Registry.Contracts;
using EduGov.Standards;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Inspectors;

/// <summary>Appoints an inspector or edits one: 督学证号 unique, a work phone for the sign, stages covered, an optional sign-in account.</summary>
public static class SaveInspector
{
    public sealed record Command
    {
        public Guid? Id { get; init; }
        public string Name { get; init; } = "";
        public InspectorEmployment Employment { get; init; } = InspectorEmployment.PartTime;
        public string Background { get; init; } = "";
        public IReadOnlyList<Stage> Stages { get; init; } = [];
        public string CertificateNumber { get; init; } = "";
        public string Phone { get; init; } = "";

        /// <summary>The user name of an Inspector-role account to link, or empty for none.</summary>
        public string? UserName { get; init; }

        /// <summary>A new photo for the sign (JPEG, PNG, WebP or HEIC by content), or null to keep the current one.</summary>
        public UploadedFile? Photo { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("请填写姓名").MaximumLength(50).WithMessage("姓名不能超过 50 个字");
            RuleFor(c => c.Employment).IsInEnum().WithMessage("请选择专职或兼职");
            RuleFor(c => c.Background).MaximumLength(200).WithMessage("来源背景不能超过 200 个字");
            RuleFor(c => c.Stages).NotEmpty().WithMessage("请至少选择一个负责的学段");
            RuleForEach(c => c.Stages).IsInEnum().WithMessage("学段不正确");
            RuleFor(c => c.CertificateNumber).NotEmpty().WithMessage("请填写督学证号").MaximumLength(50).WithMessage("督学证号不能超过 50 个字符");
            RuleFor(c => c.Phone).MustSatisfy(PhoneNumber.Validate);
            RuleFor(c => c.UserName).MaximumLength(256).WithMessage("用户名过长");
            RuleFor(c => c.Photo).MustPass(AttachmentStore.InspectorPhoto);
        }
    }

    internal sealed class Handler(
        IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, Validator validator, UserManager<UserAccount> accounts, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Manage);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var inspector = command.Id is { } id
                ? await db.Inspectors.FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException("督学不存在。")
                : db.Inspectors.Add(new Inspector { CreatedAt = clock.GetUtcNow().UtcDateTime }).Entity;
            var certificate = command.CertificateNumber.Trim().ToUpperInvariant();
            await EnsureCertificateFreeAsync(db, inspector.Id, certificate, ct);
            inspector.UserId = await LinkedAccountAsync(db, inspector.Id, command.UserName, ct);
            inspector.Name = command.Name.Trim();
            inspector.Employment = command.Employment;
            inspector.Background = command.Background.Trim();
            inspector.Stages = InspectorStages.Join(command.Stages);
            inspector.CertificateNumber = certificate;
            inspector.Phone = PhoneNumber.Validate(command.Phone).Value!;
            if (command.Photo is { } photo)
            {
                inspector.PhotoId = AttachmentStore.AddInspectorPhoto(db, inspector.Id, photo, user, clock.GetUtcNow().UtcDateTime);
            }

            await db.SaveChangesAsync(ct);
            return inspector.Id;
        }

        private static async Task EnsureCertificateFreeAsync(InspectionDbContext db, Guid inspectorId, string certificate, CancellationToken ct)
        {
            var holder = await db.Inspectors.Where(i => i.CertificateNumber == certificate && i.Id != inspectorId).Select(i => i.Name).FirstOrDefaultAsync(ct);
            if (holder is not null)
            {
                throw new ConflictException($"督学证号 {certificate} 已登记给 {holder}，同一证号不能重复登记。");
            }
        }

        private async Task<Guid?> LinkedAccountAsync(InspectionDbContext db, Guid inspectorId, string? userName, CancellationToken ct)
        {
            if (string.IsNullOrWhiteSpace(userName))
            {
                return null;
            }

            var account = await accounts.FindByNameAsync(userName.Trim())
                ?? throw new InvalidInputException(nameof(Command.UserName), $"没有用户名为“{userName.Trim()}”的账号");
            if (account.Role != Role.Inspector)
            {
                throw new InvalidInputException(nameof(Command.UserName), $"账号“{account.UserName}”的角色是{RoleNames.Chinese(account.Role)}，只能关联督学角色的账号");
            }

            var other = await db.Inspectors.Where(i => i.UserId == account.Id && i.Id != inspectorId).Select(i => i.Name).FirstOrDefaultAsync(ct);
            if (other is not null)
            {
                throw new ConflictException($"账号“{account.UserName}”已关联督学 {other}，一个账号只能关联一名督学。");
            }

            return account.Id;
        }
    }
}
