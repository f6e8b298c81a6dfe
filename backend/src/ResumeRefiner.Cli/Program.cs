using ResumeRefiner.Cli.Verbs;

if (args is ["check", .. var checkArgs])
{
    return CheckVerb.RunArgs(checkArgs, Console.Error);
}

Console.WriteLine("resume-refiner");
return 0;
