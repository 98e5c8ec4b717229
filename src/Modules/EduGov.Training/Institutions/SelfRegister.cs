using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Registry.Contracts;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Licensing;
using EduGov.Training.Rules;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Institutions;

/// <summary>
/// 机构自助注册 (public page): the institution (申请中), its 设立 application and its own account, all or nothing. Everything
/// that can fail is checked before anything is written; the account is created last, and if even that fails the
/// institution and its application written a moment before are removed again.
/// </summary>
public static class SelfRegister
{
    public const int MaxUserNameLength = 50;

    public sealed record Command(InstitutionFacts Facts, string Scope, string UserName, string Password, string DisplayName);

    public sealed record Result(Guid InstitutionId, string ApplicationNumber, DateOnly DecisionDueOn, string UserName);

    internal sealed class Handler(
        IDbContextFactory<TrainingDbContext> contexts, InstitutionFacts.Validator validator, IRegistryDirectory registry,
        UserManager<UserAccount> accounts, TrainingRules rules, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken ct = default)
        {
            await validator.EnsureValidAsync(command.Facts, ct);
            if (string.IsNullOrWhiteSpace(command.Scope) || command.Scope.Trim().Length > 500)
            {
                throw new InvalidInputException(nameof(Command.Scope), "请填写申请的办学范围（培训内容，不超过 500 个字）");
            }

            var account = NewAccount(command);
            await EnsureAccountPossibleAsync(account, command.Password);
            await using var db = await contexts.CreateDbContextAsync(ct);
            await InstitutionFactsWriter.EnsureCreditCodeFreeAsync(db, command.Facts.NormalizedCreditCode, null, ct);
            var zone = await InstitutionFactsWriter.ZoneNameAsync(registry, command.Facts.ZoneId, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var today = ChinaTime.Today(clock);
            var institution = new TrainingInstitution { CreatedAt = now, CreditScore = 1000, Status = InstitutionStatus.Applying };
            InstitutionFactsWriter.Apply(institution, command.Facts, zone, now);
            db.Institutions.Add(institution);
            var book = await rules.ForDayAsync(today, ct);
            var application = await LicenceFiling.AddAsync(db, new LicenceApplication
            {
                InstitutionId = institution.Id, Kind = LicenceKind.New, ProposedName = institution.Name, ProposedScope = command.Scope.Trim(),
                ProposedAddress = institution.Address, Statement = "机构在线注册时提交的设立申请",
            }, book, institution.Name, today, now, ct);
            await db.SaveChangesAsync(ct);
            account.ScopeId = institution.Id;
            account.ScopeName = institution.Name;
            account.CreatedAt = now;
            var created = await accounts.CreateAsync(account, command.Password);
            if (!created.Succeeded)
            {
                await UndoAsync(db, institution, application, ct);
                throw new InvalidInputException(nameof(Command.Password), string.Join("；", created.Errors.Select(AccountErrors.Chinese)));
            }

            return new Result(institution.Id, application.Number, application.DecisionDueOn, account.UserName!);
        }

        private static UserAccount NewAccount(Command command) => new()
        {
            UserName = command.UserName.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(command.DisplayName) ? command.Facts.ContactPerson.Trim() : command.DisplayName.Trim(),
            Role = Role.Institution,
            ScopeKind = ScopeKind.Institution,
        };

        private async Task EnsureAccountPossibleAsync(UserAccount account, string password)
        {
            if (string.IsNullOrWhiteSpace(account.UserName) || account.UserName.Length > MaxUserNameLength)
            {
                throw new InvalidInputException(nameof(Command.UserName), $"请填写登录用户名（不超过 {MaxUserNameLength} 个字符）");
            }

            var errors = new List<IdentityError>();
            foreach (var check in accounts.UserValidators)
            {
                errors.AddRange((await check.ValidateAsync(accounts, account)).Errors);
            }

            if (errors.Count > 0)
            {
                throw new InvalidInputException(nameof(Command.UserName), string.Join("；", errors.Select(AccountErrors.Chinese)));
            }

            foreach (var check in accounts.PasswordValidators)
            {
                errors.AddRange((await check.ValidateAsync(accounts, account, password)).Errors);
            }

            if (errors.Count > 0)
            {
                throw new InvalidInputException(nameof(Command.Password), string.Join("；", errors.Select(AccountErrors.Chinese)));
            }
        }

        private static async Task UndoAsync(TrainingDbContext db, TrainingInstitution institution, LicenceApplication application, CancellationToken ct)
        {
            db.LicenceSteps.RemoveRange(await db.LicenceSteps.Where(s => s.ApplicationId == application.Id).ToListAsync(ct));
            db.LicenceApplications.Remove(application);
            db.Institutions.Remove(institution);
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }
}

/// <summary>ASP.NET Identity's account and password errors in Chinese.</summary>
public static class AccountErrors
{
    public static string Chinese(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => $"密码至少 {PasswordLength} 位",
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "密码须包含数字",
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => "密码须包含小写字母",
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "密码须包含大写字母",
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => "密码须包含符号",
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => "密码包含的不同字符太少",
        nameof(IdentityErrorDescriber.DuplicateUserName) => "该用户名已被使用，请换一个",
        nameof(IdentityErrorDescriber.InvalidUserName) => "用户名只能包含英文字母、数字和 - . _ @ +",
        _ => "账号创建失败，请稍后重试",
    };

    private static int PasswordLength
    {
        get
        {
            var options = new IdentityOptions();
            IdentityPolicy.Configure(options);
            return options.Password.RequiredLength;
        }
    }
}
