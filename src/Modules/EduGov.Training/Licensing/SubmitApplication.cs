using EduGov.Platform.Errors;
using EduGov.Platform.Files;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Institutions;
using EduGov.Training.Rules;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Licensing;

/// <summary>The institution files a licence application (设立 again after a refusal, 延续, 变更 or 终止) or withdraws an open one.</summary>
public static class SubmitApplication
{
    public sealed record Command(LicenceKind Kind, string Name, string Scope, string Address, string Statement)
    {
        public int RemainingPupils { get; init; }
        public long UnconsumedFen { get; init; }
        public string RefundPlan { get; init; } = "";
        public string PlacementPlan { get; init; } = "";
        public IReadOnlyList<UploadedFile> Files { get; init; } = [];
    }

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TrainingRules rules, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Portal);
            var own = TrainingScope.DemandOwn(user);
            Validate(command);
            var files = DocumentStore.Verify(command.Files);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var institution = await InstitutionFactsWriter.FindAsync(db, own, ct);
            var permit = await db.Permits.AsNoTracking().FirstOrDefaultAsync(p => p.InstitutionId == own && p.Status == PermitStatus.Valid, ct);
            var open = await db.LicenceApplications.AnyAsync(a => a.InstitutionId == own && (a.Status == LicenceStatus.Submitted || a.Status == LicenceStatus.Reviewing), ct);
            if (LicensingRules.CannotFile(command.Kind, institution.Status, permit is not null, open) is { } refusal)
            {
                throw new ConflictException(refusal + "。");
            }

            var today = ChinaTime.Today(clock);
            var now = clock.GetUtcNow().UtcDateTime;
            var application = new LicenceApplication
            {
                InstitutionId = own, Kind = command.Kind,
                ProposedName = Or(command.Name, institution.Name), ProposedScope = Or(command.Scope, permit?.Scope ?? ""), ProposedAddress = Or(command.Address, permit?.Address ?? institution.Address),
                Statement = command.Statement.Trim(),
                RemainingPupils = command.RemainingPupils, UnconsumedFen = command.UnconsumedFen, RefundPlan = command.RefundPlan.Trim(), PlacementPlan = command.PlacementPlan.Trim(),
            };
            if (command.Kind == LicenceKind.Change && permit is not null && application.ProposedName == institution.Name
                && application.ProposedScope == permit.Scope && application.ProposedAddress == permit.Address)
            {
                throw new InvalidInputException(nameof(Command.Scope), "变更申请应至少改变名称、办学范围或地址中的一项");
            }

            await LicenceFiling.AddAsync(db, application, await rules.ForDayAsync(today, ct), user.Name, today, now, ct);
            DocumentStore.Add(db, own, DocumentOwner.LicenceApplication, application.Id, files, user.Name, now);
            await db.SaveChangesAsync(ct);
            return application.Id;
        }

        public async Task WithdrawAsync(Guid applicationId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Portal);
            TrainingScope.DemandOwn(user);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var application = await db.LicenceApplications.FirstOrDefaultAsync(a => a.Id == applicationId, ct) ?? throw new NotFoundException("许可申请不存在。");
            TrainingScope.Demand(user, application.InstitutionId);
            if (!application.IsOpen)
            {
                throw new ConflictException($"该申请{LicensingNames.Of(application.Status)}，不能撤回。");
            }

            application.Status = LicenceStatus.Withdrawn;
            application.DecidedOn = ChinaTime.Today(clock);
            LicenceFiling.AddStep(db, application, LicenceStepKind.Withdrawn, "申请人撤回申请", user.Name, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
        }

        private static string Or(string value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value.Trim();

        private static void Validate(Command c)
        {
            Require(Enum.IsDefined(c.Kind), nameof(Command.Kind), "请选择申请类型");
            Require(c.Name.Trim().Length <= 100, nameof(Command.Name), "机构名称不超过 100 个字");
            Require(c.Scope.Trim().Length <= 500, nameof(Command.Scope), "办学范围不超过 500 个字");
            Require(c.Address.Trim().Length <= 200, nameof(Command.Address), "地址不超过 200 个字");
            Require(c.Statement.Trim().Length <= 2000, nameof(Command.Statement), "申请说明不超过 2000 个字");
            Require(c.Kind != LicenceKind.New || !string.IsNullOrWhiteSpace(c.Scope), nameof(Command.Scope), "设立申请请填写办学范围");
            if (c.Kind == LicenceKind.Closure)
            {
                Require(c.RemainingPupils >= 0, nameof(Command.RemainingPupils), "在读学员人数不能为负数");
                Require(c.UnconsumedFen >= 0, nameof(Command.UnconsumedFen), "未消课预收费金额不能为负数");
                Require(!string.IsNullOrWhiteSpace(c.RefundPlan) && c.RefundPlan.Trim().Length <= 2000, nameof(Command.RefundPlan), "终止办学须填写退费方案（不超过 2000 个字）");
                Require(c.RemainingPupils == 0 || !string.IsNullOrWhiteSpace(c.PlacementPlan), nameof(Command.PlacementPlan), "尚有在读学员时须填写学员安置方案");
                Require(c.PlacementPlan.Trim().Length <= 2000, nameof(Command.PlacementPlan), "学员安置方案不超过 2000 个字");
            }
        }

        private static void Require(bool ok, string field, string message)
        {
            if (!ok)
            {
                throw new InvalidInputException(field, message);
            }
        }
    }
}
