using EduGov.Platform.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace EduGov.Web.Hosting;

/// <summary>Turns domain errors into RFC 9457 problem details whose detail is the Chinese message users read.</summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail, errors) = exception switch
        {
            InvalidInputException invalid => (invalid.StatusCode, invalid.Message, invalid.Errors),
            DomainException domain => (domain.StatusCode, domain.Message, null),
            BadHttpRequestException bad => (StatusCodes.Status400BadRequest, "请求格式不正确：" + bad.Message, null),
            _ => (StatusCodes.Status500InternalServerError, "服务器内部错误，请稍后重试；如持续出现请联系管理员。", (IReadOnlyDictionary<string, string[]>?)null),
        };
        if (status == StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled exception on {Path}", httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        var problem = errors is null
            ? new ProblemDetails()
            : new ValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value));
        problem.Status = status;
        problem.Title = TitleFor(status);
        problem.Detail = detail;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    public static string TitleFor(int status) => status switch
    {
        400 => "输入有误",
        401 => "未登录或令牌无效",
        403 => "无权访问",
        404 => "记录不存在",
        405 => "不支持的请求方法",
        409 => "与现有数据冲突",
        _ => "服务器错误",
    };
}
