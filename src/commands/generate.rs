//! `zdiag generate man` and `zdiag generate completions SHELL`, from the command line's
//! own definition, so they cannot drift from `--help`.

use clap::CommandFactory;
use clap_mangen::Man;
use clap_mangen::roff::{Roff, roman};

use super::output::Output;
use crate::cli::{Cli, ENVIRONMENT, EXIT_CODES, Generate, GenerateArgs};

pub(super) fn run(args: &GenerateArgs) -> Output {
    match &args.what {
        Generate::Man => Output::Text(man_page()),
        Generate::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "zdiag", &mut script);
            Output::Text(String::from_utf8_lossy(&script).into_owned())
        }
    }
}

/// One of clap_mangen's section renderers.
type Section = fn(&Man, &mut dyn std::io::Write) -> std::io::Result<()>;

/// clap_mangen's sections, then EXIT STATUS and ENVIRONMENT from the tables `--help` shows.
fn man_page() -> String {
    let man = Man::new(Cli::command());
    let mut page = Vec::new();
    let sections: [Section; 6] = [
        Man::render_title,
        Man::render_name_section,
        Man::render_synopsis_section,
        Man::render_description_section,
        Man::render_options_section,
        Man::render_subcommands_section,
    ];
    for section in sections {
        section(&man, &mut page).expect("writing to memory cannot fail");
    }
    let mut roff = Roff::new();
    table_section(&mut roff, "EXIT STATUS", EXIT_CODES);
    table_section(&mut roff, "ENVIRONMENT", ENVIRONMENT);
    let mut text = String::from_utf8_lossy(&page).into_owned();
    text.push_str(&roff.render());
    text
}

/// A `Heading:` line followed by `  NAME  text` rows, as a man section of tagged paragraphs.
fn table_section(roff: &mut Roff, title: &str, table: &str) {
    roff.control("SH", [title]);
    for row in table.lines().skip(1) {
        let (name, text) = row
            .trim()
            .split_once(char::is_whitespace)
            .unwrap_or((row, ""));
        roff.control("TP", []);
        roff.text([roman(name)]);
        roff.text([roman(text.trim())]);
    }
}
