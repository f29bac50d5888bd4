//! The pipeline runs one way: a module uses only the modules before it.

use std::path::Path;

/// In pipeline order; `error` is shared by all.
const ORDER: [&str; 10] = [
    "config", "source", "model", "i18n", "render", "assets", "output", "pdf", "serve", "commands",
];

fn module_files(module: &str) -> Vec<std::path::PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![src.join(format!("{module}.rs"))];
    files.extend(
        walkdir::WalkDir::new(src.join(module))
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
            .map(|e| e.path().to_path_buf()),
    );
    files.into_iter().filter(|f| f.exists()).collect()
}

#[test]
fn modules_use_only_the_modules_before_them() {
    for (i, module) in ORDER.iter().enumerate() {
        for file in module_files(module) {
            let source = std::fs::read_to_string(&file).unwrap();
            let text: String = source
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for later in &ORDER[i + 1..] {
                assert!(
                    !text.contains(&format!("crate::{later}")),
                    "{} uses crate::{later}, which comes after {module} in the pipeline",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn model_i18n_render_and_commands_touch_no_disk() {
    for module in ["model", "i18n", "render", "commands"] {
        for file in module_files(module) {
            let text = std::fs::read_to_string(&file).unwrap();
            assert!(
                !text.contains("std::fs"),
                "{} reads or writes files; only source, assets and output may",
                file.display()
            );
        }
    }
}
